namespace Planner.Errors;

/// <summary>What kind of refusal an error is; the edge (HTTP, pages, command line) decides how to show each kind.</summary>
public enum ErrorKind
{
    /// <summary>A value is well-formed but not acceptable (a date range that ends before it starts).</summary>
    Invalid,

    /// <summary>The request itself is malformed: a query parameter that does not parse, broken JSON.</summary>
    Malformed,

    /// <summary>The record named does not exist.</summary>
    NotFound,

    /// <summary>The record changed since the caller read it: read it again and reapply the change.</summary>
    Stale,

    /// <summary>The change collides with the state of other records (a double-booked venue, a record still in use).</summary>
    Conflict,

    /// <summary>The thing asked for existed but is over (a reply link after its deadline).</summary>
    Gone,

    /// <summary>The content is of a type that is not taken (a spreadsheet where CSV is expected).</summary>
    Unsupported,

    /// <summary>Something the work needs is missing for now (a font package, storage); the same request may work later.</summary>
    Unavailable,

    /// <summary>Too many attempts in too short a time (sign-in); the same request may work after a pause.</summary>
    Throttled,
}

/// <summary>
/// A refusal from anywhere below the edge, in domain terms: a kind, a stable code (<c>venue.notFound</c>,
/// <c>event.endBeforeStart</c>) with its arguments, the fields at fault and an English sentence.
/// The transaction around it rolls back, so nothing is half-written. HTTP statuses and page messages
/// are made from it in one place each (<c>Http/ProblemHandler</c>, <c>Web/PlannerPage</c>).
/// </summary>
/// <remarks>
/// The code is the contract: clients and tests branch on it, never on the sentence. The sentence is the
/// English fallback for clients that show it as it is.
/// </remarks>
public sealed class PlannerException : Exception
{
    public PlannerException(ErrorKind kind, ErrorCode code, string message,
        IReadOnlyDictionary<string, string[]>? errors = null,
        IReadOnlyDictionary<string, object?>? arguments = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Kind = kind;
        Code = code.Value;
        Errors = errors ?? new Dictionary<string, string[]>();
        Arguments = arguments ?? new Dictionary<string, object?>();
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public PlannerException()
        : this(ErrorKind.Invalid, ErrorCode.Internal, "An error occurred.")
    {
    }

    public PlannerException(string message)
        : this(ErrorKind.Invalid, ErrorCode.ValueInvalid, message)
    {
    }

    public PlannerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCode.Internal.Value;
        Errors = new Dictionary<string, string[]>();
        Arguments = new Dictionary<string, object?>();
        Extensions = new Dictionary<string, object?>();
    }

    public ErrorKind Kind { get; }

    /// <summary>The stable code, <c>entity.reason</c> in camelCase.</summary>
    public string Code { get; }

    /// <summary>The values the code's sentence is made from (the id that was not found, the version read).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>Messages per field, the field named by its JSON path (<c>title.en</c>, <c>members[2].personId</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>
    /// Why each field failed, as codes with arguments (<c>value.required</c>, <c>value.tooLong</c> with <c>max</c>), beside
    /// the English messages of <see cref="Errors"/>: the edge says them in the reader's language from the catalogue.
    /// A field may have messages without reasons (then its English message is shown).
    /// </summary>
    public IReadOnlyDictionary<string, FieldReason[]> Reasons { get; init; } = new Dictionary<string, FieldReason[]>();

    /// <summary>More members of the problem document, such as the conflicts that refused a change.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>The first field at fault, if any.</summary>
    public string? Field => Errors.Count > 0 ? Errors.Keys.First() : null;

    /// <summary>A value is well-formed but not acceptable.</summary>
    public static PlannerException Invalid(string field, string message, ErrorCode? code = null) =>
        new(ErrorKind.Invalid, code ?? ErrorCode.ValueInvalid, message, new Dictionary<string, string[]> { [field] = [message] }, Args(("field", field)))
        {
            Reasons = new Dictionary<string, FieldReason[]> { [field] = [new FieldReason(code ?? ErrorCode.ValueInvalid, Args(("field", field)))] },
        };

    /// <summary>A field that failed for a reason with arguments (<c>rsvp.overQuota</c> with <c>count</c> and <c>quota</c>).</summary>
    public static PlannerException Invalid(string field, FieldReason reason, string message)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(ErrorKind.Invalid, reason.ErrorCode, message, new Dictionary<string, string[]> { [field] = [message] }, reason.Arguments)
        {
            Reasons = new Dictionary<string, FieldReason[]> { [field] = [reason] },
        };
    }

    /// <summary>Several fields at once.</summary>
    public static PlannerException Invalid(IReadOnlyDictionary<string, string[]> errors, ErrorCode? code = null) =>
        new(ErrorKind.Invalid, code ?? ErrorCode.ValueInvalid, string.Join(" ", errors.SelectMany(e => e.Value)), errors);

    /// <summary>The request itself is malformed; the field's message is said from <paramref name="code"/>'s sentence with <paramref name="arguments"/> too.</summary>
    public static PlannerException Malformed(string field, string message, ErrorCode? code = null, params (string Name, object? Value)[] arguments)
    {
        var values = Args([("field", field), .. arguments]);
        return new(ErrorKind.Malformed, code ?? ErrorCode.RequestMalformed, message, new Dictionary<string, string[]> { [field] = [message] }, values)
        {
            Reasons = code is { } said ? new Dictionary<string, FieldReason[]> { [field] = [new FieldReason(said, values)] } : new Dictionary<string, FieldReason[]>(),
        };
    }

    /// <summary>The record named does not exist: code <c>{what}.notFound</c> (<c>venue.notFound</c>).</summary>
    public static PlannerException NotFound(string what, long id) =>
        new(ErrorKind.NotFound, ErrorCode.Known(CodeOf(what) + ".notFound", ErrorCode.RecordNotFound), $"There is no {what} with id {id}.", arguments: Args(("id", id)));

    /// <summary>A record that does not exist, told in the caller's words.</summary>
    public static PlannerException NotFound(ErrorCode code, string message) =>
        new(ErrorKind.NotFound, code, message);

    /// <summary>The record changed since the caller read it: code <c>{what}.stale</c>.</summary>
    public static PlannerException Stale(string what, long id, long version) =>
        new(ErrorKind.Stale, ErrorCode.RecordStale.Specific(CodeOf(what) + ".stale"),
            $"The {what} {id} has changed since version {version} was read; read it again and reapply the change.",
            new Dictionary<string, string[]> { ["version"] = [$"Version {version} is no longer current."] },
            Args(("id", id), ("version", version)))
        {
            Reasons = new Dictionary<string, FieldReason[]> { ["version"] = [new FieldReason(ErrorCode.VersionStale, Args(("version", version)))] },
        };

    /// <summary>The change collides with the state of other records.</summary>
    public static PlannerException Conflict(string field, string message, ErrorCode? code = null) =>
        new(ErrorKind.Conflict, code ?? ErrorCode.Conflict, message, new Dictionary<string, string[]> { [field] = [message] }, Args(("field", field)));

    /// <summary>
    /// An error about <paramref name="field"/> with the values its code's sentence is made from (<c>{end}</c>, <c>{count}</c>):
    /// the edge says it in the reader's language, dates as the language writes them. <paramref name="message"/> is the English sentence
    /// the API gives.
    /// </summary>
    public static PlannerException Of(ErrorKind kind, string field, ErrorCode code, string message, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = Args([("field", field), .. arguments]);
        return new(kind, code, message, new Dictionary<string, string[]> { [field] = [message] }, values)
        {
            Reasons = new Dictionary<string, FieldReason[]> { [field] = [new FieldReason(code, values)] },
        };
    }

    /// <summary>The thing asked for is over.</summary>
    public static PlannerException Gone(ErrorCode code, string message) => new(ErrorKind.Gone, code, message);

    /// <summary>Something the work needs is missing for now.</summary>
    public static PlannerException Unavailable(ErrorCode code, string message) => new(ErrorKind.Unavailable, code, message);

    /// <summary>Content of a type that is not taken.</summary>
    public static PlannerException Unsupported(ErrorCode code, string message) => new(ErrorKind.Unsupported, code, message);

    /// <summary>"corrective action" → <c>correctiveAction</c>.</summary>
    public static string CodeOf(string what)
    {
        var words = what.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}

/// <summary>Why a field failed: a stable code (<c>value.required</c>) and the values its sentence is made from.</summary>
public sealed record FieldReason
{
    public FieldReason(ErrorCode code, IReadOnlyDictionary<string, object?> arguments)
    {
        ErrorCode = code;
        Arguments = arguments;
    }

    public FieldReason(ErrorCode code, params (string Name, object? Value)[] arguments)
        : this(code, arguments.ToDictionary(a => a.Name, a => a.Value))
    {
    }

    /// <summary>The code from the registry.</summary>
    public ErrorCode ErrorCode { get; }

    /// <summary>The code as the API gives it.</summary>
    public string Code => ErrorCode.Value;

    public IReadOnlyDictionary<string, object?> Arguments { get; }
}
