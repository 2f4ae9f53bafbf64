using Planner.Http;

namespace Planner.Web;

/// <summary>
/// A refused form in the page's words, by the error's codes (never by its English sentences): each field's reasons
/// as the page says them next to the field (<c>form.{code}</c>: "Fill in this field."), else as the API says them
/// (<c>problem.{code}</c>), and at the top the coded error's own sentence, "someone changed this meanwhile" for a stale
/// version, or "correct the fields marked below".
/// </summary>
public static partial class FormWords
{
    public static FormFailure Of(string form, PlannerException error, WebContext words)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(words);
        var failure = FormFailure.From(form, error);
        var catalogue = words.Catalogue;
        var errors = ProblemWords.Fields(error, catalogue, words.Language, "form.");
        if (error.Arguments.ContainsKey(PlannerException.ArgsKey) && catalogue.Has("problem." + error.Code))
        {
            var said = catalogue.Format("problem." + error.Code, words.Language, [.. error.Texts.Select(t => AsPageWrites(t, words))]);
            return failure with
            {
                Message = said,
                Errors = errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m == error.Message ? said : m).Distinct().ToArray()),
            };
        }

        var message = errors.ContainsKey("version") ? words.T("form.version.stale")
            : failure.Conflicts.Count == 0 && errors.Count > 0 ? words.T("form.invalid")
            : ProblemWords.Detail(error, catalogue, words.Language);
        return failure with { Message = message, Errors = errors };
    }

    /// <summary>A coded error's text with its ISO dates ("2027-06-01") and times ("2027-06-01 10:00") written as the page writes dates.</summary>
    private static string AsPageWrites(string text, WebContext words) =>
        IsoDates().Replace(text, m =>
        {
            var at = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(m.Value);
            if (at.Success)
                return words.Local(at.Value);
            var day = NodaTime.Text.LocalDatePattern.Iso.Parse(m.Value);
            return day.Success ? words.Date(day.Value) : m.Value;
        });

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?")]
    private static partial System.Text.RegularExpressions.Regex IsoDates();
}
