using System.Net.Mail;

namespace Planner.Http;

/// <summary>
/// Collects what is wrong with a request, field by field, so one response names every
/// fault; <see cref="ThrowIfFailed"/> ends the request with a 422 problem when anything is.
/// </summary>
public sealed class Check
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FieldReason>> _reasons = new(StringComparer.Ordinal);
    private ErrorCode? _code;

    public bool Failed => _errors.Count > 0;

    /// <summary>Records <paramref name="message"/> against <paramref name="field"/>; the first failure's <paramref name="code"/> becomes the error's code.</summary>
    /// <param name="arguments">The values the code's sentence is made from (the field's name is always one, <c>field</c>).</param>
    public void Fail(string field, string message, ErrorCode? code = null, params (string Name, object? Value)[] arguments)
    {
        _code ??= code ?? ErrorCode.ValueInvalid;
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
        if (!_reasons.TryGetValue(field, out var reasons))
            _reasons[field] = reasons = [];
        var values = new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field };
        foreach (var (name, value) in arguments)
            values[name] = value;
        reasons.Add(new FieldReason(code ?? ErrorCode.ValueInvalid, values));
    }

    /// <summary>Records a failure of <paramref name="field"/> unless <paramref name="condition"/> holds.</summary>
    public void That(bool condition, string field, string message, ErrorCode? code = null, params (string Name, object? Value)[] arguments)
    {
        if (!condition)
            Fail(field, message, code, arguments);
    }

    /// <summary>
    /// Trims a text and checks its presence, its length and that it holds no control character other than tab and
    /// line breaks (a NUL or an escape would reach mail headers, PDFs and logs); returns "" where it is absent.
    /// </summary>
    public string Text(string field, string? value, bool required, int maxLength = 500)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
            Fail(field, $"{field} is required.", ErrorCode.ValueRequired);
        else if (text.Length > maxLength)
            Fail(field, $"{field} is {text.Length:N0} characters long; at most {maxLength:N0} are allowed.", ErrorCode.ValueTooLong, ("length", text.Length), ("max", maxLength));
        else if (ControlCharacterAt(text) is { } at)
            Fail(field, $"{field} contains the control character U+{(int)text[at]:X4} at position {at + 1}; only tabs and line breaks are allowed.", ErrorCode.ValueControlCharacter,
                ("char", $"U+{(int)text[at]:X4}"), ("position", at + 1));
        return text;
    }

    /// <summary>
    /// The index of the first control character other than tab, line feed, or carriage return before a line feed
    /// (browsers send a text area's line breaks as CR LF); null when there is none.
    /// </summary>
    public static int? ControlCharacterAt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsControl(ch) && ch is not '\t' and not '\n' && !(ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                return i;
        }

        return null;
    }

    /// <summary>Checks that a value is present and returns it (or the default where absent).</summary>
    public T Required<T>(string field, T? value)
        where T : struct
    {
        if (value is null)
            Fail(field, $"{field} is required.", ErrorCode.ValueRequired);
        return value.GetValueOrDefault();
    }

    /// <summary>Checks that a value is present and returns it (or null where absent).</summary>
    public T? Required<T>(string field, T? value)
        where T : class
    {
        if (value is null)
            Fail(field, $"{field} is required.", ErrorCode.ValueRequired);
        return value;
    }

    /// <summary>Checks an e-mail address; returns it trimmed, or null where absent and not required.</summary>
    public string? Email(string field, string? value, bool required = false)
    {
        var text = Text(field, value, required, 254);
        if (text.Length == 0)
            return null;
        if (!MailAddress.TryCreate(text, out var address) || address.Address != text)
            Fail(field, $"'{text}' is not an e-mail address.", ErrorCode.ValueNotEmail, ("value", text));
        return text;
    }

    /// <summary>Ends the request with a 422 problem naming every failed field, if any failed.</summary>
    public void ThrowIfFailed()
    {
        if (Failed)
        {
            throw new PlannerException(ErrorKind.Invalid, _code ?? ErrorCode.ValueInvalid, string.Join(" ", _errors.SelectMany(e => e.Value)),
                _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
            {
                Reasons = _reasons.ToDictionary(r => r.Key, r => r.Value.ToArray()),
            };
        }
    }
}
