namespace Planner.Http;

/// <summary>
/// A request that cannot be carried out, with what an RFC 7807 problem response needs:
/// the status, a title, a sentence for people, and the fields at fault.
/// Thrown anywhere below an endpoint; the transaction around it rolls back, so nothing is half-written.
/// </summary>
public sealed class ProblemException : Exception
{
    public ProblemException(int status, string title, string detail,
        IReadOnlyDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail)
    {
        Status = status;
        Title = title;
        Errors = errors ?? new Dictionary<string, string[]>();
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public ProblemException()
        : this(500, "Error", "An error occurred.")
    {
    }

    public ProblemException(string message)
        : this(500, "Error", message)
    {
    }

    public ProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
        Title = "Error";
        Errors = new Dictionary<string, string[]>();
        Extensions = new Dictionary<string, object?>();
    }

    public int Status { get; }

    public string Title { get; }

    /// <summary>Messages per field, the field named by its JSON path (<c>title.en</c>, <c>members[2].personId</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>More members of the problem document, such as the conflicts that refused a change.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>422: a value is well-formed JSON but not acceptable.</summary>
    public static ProblemException Invalid(string field, string message) =>
        new(422, "Invalid value", message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>422 for several fields at once.</summary>
    public static ProblemException Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(422, "Invalid value", string.Join(" ", errors.SelectMany(e => e.Value)), errors);

    /// <summary>400: the request itself is malformed (a query parameter that does not parse, broken JSON).</summary>
    public static ProblemException BadRequest(string field, string message) =>
        new(400, "Bad request", message, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>404: the record named in the path does not exist.</summary>
    public static ProblemException NotFound(string what, long id) =>
        new(404, "Not found", $"There is no {what} with id {id}.");

    /// <summary>409: the record changed since the client read it.</summary>
    public static ProblemException Stale(string what, long id, long version) =>
        new(409, "Stale version",
            $"The {what} {id} has changed since version {version} was read; read it again and reapply the change.",
            new Dictionary<string, string[]> { ["version"] = [$"Version {version} is no longer current."] });

    /// <summary>409: the change collides with the state of other records.</summary>
    public static ProblemException Conflict(string field, string message) =>
        new(409, "Conflict", message, new Dictionary<string, string[]> { [field] = [message] });
}
