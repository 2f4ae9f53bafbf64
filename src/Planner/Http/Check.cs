using System.Net.Mail;

namespace Planner.Http;

/// <summary>
/// Collects what is wrong with a request, field by field, so one response names every
/// fault; <see cref="ThrowIfFailed"/> ends the request with a 422 problem when anything is.
/// </summary>
public sealed class Check
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private string? _code;

    public bool Failed => _errors.Count > 0;

    /// <summary>Records <paramref name="message"/> against <paramref name="field"/>; the first failure's <paramref name="code"/> becomes the error's code.</summary>
    public void Fail(string field, string message, string code = "value.invalid")
    {
        _code ??= code;
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>Records a failure of <paramref name="field"/> unless <paramref name="condition"/> holds.</summary>
    public void That(bool condition, string field, string message, string code = "value.invalid")
    {
        if (!condition)
            Fail(field, message, code);
    }

    /// <summary>
    /// Trims a text and checks its presence and length; returns "" where it is absent.
    /// </summary>
    public string Text(string field, string? value, bool required, int maxLength = 500)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
            Fail(field, $"{field} is required.", "value.required");
        else if (text.Length > maxLength)
            Fail(field, $"{field} is {text.Length:N0} characters long; at most {maxLength:N0} are allowed.", "value.tooLong");
        return text;
    }

    /// <summary>Checks that a value is present and returns it (or the default where absent).</summary>
    public T Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
            Fail(field, $"{field} is required.", "value.required");
        return value.GetValueOrDefault();
    }

    /// <summary>Checks that a value is present and returns it (or null where absent).</summary>
    public T? Required<T>(string field, T? value)
        where T : class
    {
        if (value is null)
            Fail(field, $"{field} is required.", "value.required");
        return value;
    }

    /// <summary>Checks an e-mail address; returns it trimmed, or null where absent and not required.</summary>
    public string? Email(string field, string? value, bool required = false)
    {
        var text = Text(field, value, required, 254);
        if (text.Length == 0)
            return null;
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text)
            Fail(field, $"'{text}' is not an e-mail address.", "value.notEmail");
        return text;
    }

    /// <summary>Ends the request with a 422 problem naming every failed field, if any failed.</summary>
    public void ThrowIfFailed()
    {
        if (Failed)
            throw PlannerException.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), _code ?? "value.invalid");
    }
}
