using Planner.Http;
using Planner.Scheduling;

namespace Planner.Web;

/// <summary>
/// Why a form on a page was refused: the sentence for the top of the form, the messages per field
/// (named as in the API, <c>title.en</c>, <c>start</c>), and the conflicts when a clash refused it.
/// </summary>
public sealed record FormFailure(string Form, string Message, IReadOnlyDictionary<string, string[]> Errors, IReadOnlyList<Conflict> Conflicts)
{
    /// <summary>The error's code; null for a failure the page found itself.</summary>
    public string? Code { get; init; }

    /// <summary>
    /// The fields whose messages the page has shown beside them (<see cref="WebContext.ErrorFor"/>); the box at the top of the form
    /// lists the others, which the form has no place for, so that no reason is ever hidden.
    /// </summary>
    public HashSet<string> Shown { get; } = new(StringComparer.Ordinal);

    public static FormFailure From(string form, PlannerException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var conflicts = problem.Extensions.GetValueOrDefault("conflicts") as IReadOnlyList<Conflict> ?? [];
        return new FormFailure(form, problem.Message, problem.Errors, conflicts)
        {
            Code = problem.Code,
        };
    }

    /// <summary>A failure of fields the page itself checked (a date that does not parse) before any use case ran.</summary>
    public static FormFailure Fields(string form, IReadOnlyDictionary<string, string[]> errors) =>
        new(form, string.Join(" ", errors.SelectMany(e => e.Value)), errors, []);
}
