using Planner.Http;

namespace Planner.Web;

/// <summary>
/// A refused form in the page's words, by the error's codes and arguments (never by its English sentences): each field's
/// reasons as the page says them next to the field (<c>form.{code}</c>: "Fill in this field."), else as the API says them
/// (<c>problem.{code}</c>, dates written as the page writes them), and at the top "someone changed this meanwhile" for a
/// stale version, "correct the fields marked below" for refused fields, or the error's own sentence (a record in use, a clash).
/// </summary>
public static class FormWords
{
    public static FormFailure Of(string form, PlannerException error, WebContext words)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(words);
        var failure = FormFailure.From(form, error);
        var catalogue = words.Catalogue;
        var errors = ProblemWords.Fields(error, catalogue, words.Language, "form.");
        var message = errors.ContainsKey("version") ? words.T("form.version.stale")
            : error.Kind != ErrorKind.Conflict && errors.Count > 0 ? words.T("form.invalid")
            : ProblemWords.Detail(error, catalogue, words.Language, "form.");
        return failure with { Message = message, Errors = errors };
    }
}
