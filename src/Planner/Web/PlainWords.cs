using System.Text.RegularExpressions;
using Planner.Http;

namespace Planner.Web;

/// <summary>
/// Puts the API's messages about fields ("title.en is required.") into the words of the page, in its
/// language ("Заполните это поле."), for a form that was refused; a message it does not know is shown as it is.
/// The field is named by where the message appears, so the words never repeat the API's field names.
/// </summary>
public static partial class PlainWords
{
    /// <summary>The failure in the page's words: the sentence at the top of the form and each field's messages.</summary>
    public static FormFailure In(FormFailure failure, WebContext words)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(words);
        if (failure.Code is { } code && words.Has("problem." + code))
        {
            var said = string.Format(System.Globalization.CultureInfo.InvariantCulture, words.T("problem." + code), [.. failure.Args.Select(a => AsPageWrites(a, words))]);
            return failure with
            {
                Message = said,
                Errors = failure.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m == failure.Message ? said : Say(m, words)).Distinct().ToArray()),
            };
        }

        var errors = failure.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => Say(m, words)).Distinct().ToArray());
        var message = errors.Keys.Contains("version") ? words.T("form.stale")
            : failure.Conflicts.Count == 0 && errors.Count > 0 ? words.T("form.invalid")
            : failure.Message;
        return failure with { Message = message, Errors = errors };
    }

    /// <summary>An argument that is an ISO date ("2027-06-01") or date and time ("2027-06-01 10:00") written as the page writes dates; any other as it is.</summary>
    private static string AsPageWrites(string arg, WebContext words) =>
        IsoDates().Replace(arg, m =>
        {
            var at = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm").Parse(m.Value);
            if (at.Success)
                return words.Local(at.Value);
            var day = NodaTime.Text.LocalDatePattern.Iso.Parse(m.Value);
            return day.Success ? words.Date(day.Value) : m.Value;
        });

    /// <summary>An ISO date ("2027-06-01") or date and time ("2027-06-01 10:00") anywhere in an argument.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?")]
    private static partial System.Text.RegularExpressions.Regex IsoDates();

    private static string Say(string message, WebContext words)
    {
        if (message == Dates.OutOfRange)
            return words.T("form.dateRange");
        if (Required().IsMatch(message))
            return words.T("form.required");
        if (TooLong().Match(message) is { Success: true } tooLong)
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, words.T("form.tooLong"), tooLong.Groups[1].Value);
        if (NotEmail().IsMatch(message))
            return words.T("form.email");
        if (NotCurrent().IsMatch(message))
            return words.T("form.stale");
        return message;
    }

    [GeneratedRegex(@"^\S+ is required\.$")]
    private static partial Regex Required();

    [GeneratedRegex(@"^\S+ is [\d,.\u00a0\u202f ]+ characters long; at most ([\d,.\u00a0\u202f ]+) are allowed\.$")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^'.*' is not an e-mail address\.$", RegexOptions.Singleline)]
    private static partial Regex NotEmail();

    [GeneratedRegex(@"^Version \d+ is no longer current\.$")]
    private static partial Regex NotCurrent();
}
