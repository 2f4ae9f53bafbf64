using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using Planner.Http;

namespace Planner.Web;

/// <summary>
/// What every Planner page model shares: running a form's change and, when it is refused, showing the
/// page again with the reasons next to the fields (and the HTTP status of the refusal), nothing saved.
/// </summary>
public abstract class PlannerPage : PageModel
{
    private static readonly LocalDateTimePattern DateTimeInput = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly LocalDatePattern DateInput = LocalDatePattern.Iso;

    /// <summary>The words of the page, in its language.</summary>
    protected WebContext Words => HttpContext.RequestServices.GetRequiredService<WebContext>();

    /// <summary>The form that was refused on this request, if one was.</summary>
    public FormFailure? Failed { get; private set; }

    /// <summary>The value posted for a field, to show a refused form again as it was filled in; empty on GET.</summary>
    public string Posted(string name) => Request.HasFormContentType ? Request.Form[name].ToString() : "";

    /// <summary>Loads what the page shows; called for GET and again after a refused form.</summary>
    protected abstract Task LoadAsync(CancellationToken cancellationToken);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Runs <paramref name="change"/>; on success redirects (so a reload does not post twice) to
    /// <paramref name="then"/> or this page; on a refusal shows this page with <paramref name="form"/>'s errors.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(string form, Func<Task> change, CancellationToken cancellationToken, Func<string>? then = null, string? fragment = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (Failed is { } unread)
            return await RefusedAsync(form, unread, change, cancellationToken);
        try
        {
            await change();
        }
        catch (PlannerException e) when (e.Kind is not ErrorKind.NotFound and not ErrorKind.Unavailable)
        {
            Failed = FormWords.Of(form, e, Words);
            Response.StatusCode = Http.ProblemHandler.StatusOf(e);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var target = then?.Invoke() ?? Request.Path.Value ?? "/";
        return Redirect(fragment is null ? target : target + "#" + fragment);
    }

    /// <summary>
    /// A form with fields the page could not read (<paramref name="unread"/>): the use case still checks the rest in a
    /// trial that saves nothing, so every error is shown at once; the page's own message wins for a field both name.
    /// </summary>
    private async Task<IActionResult> RefusedAsync(string form, FormFailure unread, Func<Task> change, CancellationToken cancellationToken)
    {
        var status = 422;
        var errors = new Dictionary<string, string[]>();
        var changes = Access.RequestChanges.Of(HttpContext);
        try
        {
            changes.Trial = true;
            await change();
        }
        catch (PlannerException e) when (e.Kind is not ErrorKind.NotFound and not ErrorKind.Unavailable)
        {
            foreach (var (field, messages) in FormWords.Of(form, e, Words).Errors)
                errors[field] = messages;
            status = e.Kind is ErrorKind.Conflict or ErrorKind.Stale ? 409 : 422;
        }
        catch (Data.TrialRolledBack)
        {
            // Everything the page could read was acceptable.
        }
        finally
        {
            changes.Trial = false;
        }

        foreach (var (field, messages) in unread.Errors)
        {
            foreach (var key in errors.Keys.Where(k => k == field || k.StartsWith(field + ".", StringComparison.Ordinal)).ToList())
                errors.Remove(key);
            errors[field] = messages;
        }

        Failed = unread with { Errors = errors, Message = Words.T("form.invalid") };
        Response.StatusCode = status;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// Runs <paramref name="work"/> that only reads (a search); when it is refused, shows the reasons at
    /// <paramref name="form"/>'s fields as a refused change would, and returns false.
    /// </summary>
    protected async Task<bool> TryAsync(string form, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Failed is not null)
            return false;
        try
        {
            await work();
            return true;
        }
        catch (PlannerException e) when (e.Kind is not ErrorKind.NotFound and not ErrorKind.Unavailable)
        {
            Failed = FormWords.Of(form, e, Words);
            return false;
        }
    }

    /// <summary>A whole number from a form field; records a message for the field when it is not one.</summary>
    protected long? Number(string form, string field, string? text, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
            return required ? Fail<long>(form, field, "form.value.required") : null;
        return long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : Fail<long>(form, field, "form.number");
    }

    /// <summary>A whole number that fits an <see cref="int"/> (a meeting's number); as <see cref="Number"/> otherwise.</summary>
    protected int? SmallNumber(string form, string field, string? text, bool required = true) =>
        Number(form, field, text, required) switch
        {
            null => null,
            var n and >= int.MinValue and <= int.MaxValue => (int)n.Value,
            _ => Fail<int>(form, field, "form.smaller"),
        };

    /// <summary>A date and time from a <c>datetime-local</c> field (<c>2027-04-15T10:00</c>).</summary>
    protected LocalDateTime? DateTime(string form, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Fail<LocalDateTime>(form, field, "form.value.required");
        var parsed = DateTimeInput.Parse(text.Trim());
        if (!parsed.Success)
            parsed = LocalDateTimePattern.ExtendedIso.Parse(text.Trim());
        if (!parsed.Success)
            return Fail<LocalDateTime>(form, field, "form.dateTime");
        return Dates.Supported(parsed.Value.Date) ? parsed.Value : Fail<LocalDateTime>(form, field, "form.value.dateRange");
    }

    /// <summary>A date from a <c>date</c> field, or null when empty and optional.</summary>
    protected LocalDate? Date(string form, string field, string? text, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
            return required ? Fail<LocalDate>(form, field, "form.value.required") : null;
        var parsed = DateInput.Parse(text.Trim());
        if (!parsed.Success)
            return Fail<LocalDate>(form, field, "form.date");
        return Dates.Supported(parsed.Value) ? parsed.Value : Fail<LocalDate>(form, field, "form.value.dateRange");
    }

    /// <summary>Records the text of <paramref name="key"/> (in the page's language) as <paramref name="field"/>'s error.</summary>
    private T? Fail<T>(string form, string field, string key)
        where T : struct
    {
        Flag(form, field, Words.T(key));
        return null;
    }

    /// <summary>Records <paramref name="message"/> (already in the page's words) as <paramref name="field"/>'s error; the form is then refused.</summary>
    protected void Flag(string form, string field, string message)
    {
        var errors = new Dictionary<string, string[]>(Failed?.Errors ?? new Dictionary<string, string[]>()) { [field] = [message] };
        Failed = FormFailure.Fields(form, errors) with { Message = Words.T("form.invalid") };
    }
}
