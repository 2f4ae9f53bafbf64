using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NodaTime;
using NodaTime.Text;
using Planner.Data;
using Planner.Http;

namespace Planner.Web;

/// <summary>
/// What a page needs to know about the person reading it: the interface language (English, Russian or
/// Chinese, from a cookie, else the browser's preference), what their role lets them do, and how
/// dates, local times and their zones are written in that language.
/// </summary>
public sealed class WebContext
{
    public const string LanguageCookie = "planner.lang";

    /// <summary>Encodes what markup built in code shows: every script's letters stay letters (Cyrillic is not turned into entities).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private readonly Catalogue _text;
    private readonly CultureInfo _culture;

    public WebContext(IHttpContextAccessor accessor, Catalogue text)
    {
        ArgumentNullException.ThrowIfNull(accessor);
        _text = text;
        var http = accessor.HttpContext;
        Language = Language.Parse(LanguageOf(http));
        Lang = Language.Code;
        _culture = Catalogue.Culture(Language);
        var user = http?.User;
        UserName = user?.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "" : "";
        CanChange = user is not null && WriteAccessFilter.MayChange(user);
        CanSeeMsel = CanChange || user?.IsInRole("controller") == true;
        IsAdmin = user?.IsInRole("admin") == true;
    }

    /// <summary>Administrators also manage users and API tokens (<c>/admin</c>).</summary>
    public bool IsAdmin { get; }

    /// <summary>The interface language a request asks for: the cookie's, else the browser's first preference among en, ru and zh, else English.</summary>
    public static string LanguageOf(HttpContext? http)
    {
        var chosen = http?.Request.Cookies[LanguageCookie];
        return Language.TryParse(chosen, out var language) ? language.Code : Http.ReaderLanguage.Of(http?.Request).Code;
    }

    /// <summary>The interface language. Names and titles follow it, falling back to English.</summary>
    public Language Language { get; }

    /// <summary>The interface language's code: <c>en</c>, <c>ru</c> or <c>zh</c>.</summary>
    public string Lang { get; }

    public string UserName { get; }

    /// <summary>Planners and admins change records; viewers and controllers only read.</summary>
    public bool CanChange { get; }

    /// <summary>Who may see an exercise's Master Scenario Events List: planners, admins, controllers.</summary>
    public bool CanSeeMsel { get; }

    public string T(string key) => _text.Get(key, Language);

    /// <summary>The catalogue the page's words come from.</summary>
    public Catalogue Catalogue => _text;

    /// <summary>Whether the texts have a word for <paramref name="key"/>.</summary>
    public bool Has(string key) => _text.Has(key);

    /// <summary>The word for <paramref name="key"/> with <c>{0}</c>… filled in.</summary>
    public string T(string key, params object[] args) => string.Format(_culture, _text.Get(key, Language), args);

    /// <summary><paramref name="items"/> joined as the page's language joins a list ("Казахстан, Китай", "哈萨克斯坦、中国").</summary>
    public string List(IEnumerable<string> items) => _text.List(items, Language);

    public string Name(LocalizedText? text) => text?.In(Lang) ?? "";

    /// <summary>The word for an enum value (<c>EventKind.council</c> in the texts); the stored name if there is none.</summary>
    public string Enum<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var key = typeof(TEnum).Name + "." + Enums.Name(value);
        return _text.Has(key) ? T(key) : Enums.Name(value);
    }

    public string Date(LocalDate date) => DateWords.Date(date, Language, _text);

    /// <summary>The month's name on its own ("April", "Апрель").</summary>
    public string Month(LocalDate date) => LocalDatePattern.Create("MMMM", _culture).Format(date);

    public string Time(LocalDateTime at) => LocalDateTimePattern.Create("HH:mm", _culture).Format(at);

    /// <summary>A local date and time at a venue, as every page, document and message writes it: "15 April 2027, 10:00".</summary>
    public string Local(LocalDateTime at) => DateWords.DateTime(at, Language, _text);

    /// <summary>The venue's zone named with its offset at that moment: "Europe/Moscow (UTC+03:00)".</summary>
    public static string Zone(string zoneId, LocalDateTime at)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (zone is null)
            return zoneId;
        var offset = zone.MapLocal(at).First().Offset;
        return $"{zoneId} (UTC{OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(offset)})";
    }

    /// <summary>From–to in the venue's local time with the zone named.</summary>
    public string Span(LocalDateTime start, LocalDateTime end, string zoneId) =>
        start.Date == end.Date
            ? $"{Date(start.Date)}, {Time(start)}–{Time(end)}, {Zone(zoneId, start)}"
            : $"{Local(start)} – {Local(end)}, {Zone(zoneId, start)}";

    /// <summary>A moment not tied to a venue (a mail sent), in UTC.</summary>
    public string Utc(Instant at) => $"{Local(at.InUtc().LocalDateTime)} UTC";

    /// <summary>
    /// The reason <paramref name="form"/> was refused, at the top of the form: the sentence, and the conflicts
    /// that refused it each on its own line. Nothing when that form was not refused.
    /// </summary>
    public IHtmlContent ProblemFor(FormFailure? failure, string form)
    {
        if (failure is null || failure.Form != form)
            return HtmlString.Empty;
        var e = Encoder;
        var html = new System.Text.StringBuilder("<div class=\"problem\" role=\"alert\">");
        if (failure.Conflicts.Count == 0)
        {
            html.Append("<p>").Append(e.Encode(failure.Message)).Append("</p>");
            return new Unplaced(html.ToString(), failure);
        }
        else
        {
            html.Append("<p>").Append(e.Encode(T("form.conflicts"))).Append("</p><ul class=\"conflicts\">");
            foreach (var c in failure.Conflicts)
                html.Append("<li class=\"conflict\" data-code=\"").Append(e.Encode(c.Code)).Append("\"><span class=\"sev-error\">")
                    .Append(e.Encode(Enum(c.Severity))).Append("</span> ").Append(e.Encode(c.In(Language))).Append("</li>");
            html.Append("</ul><p>").Append(e.Encode(T("form.acceptHint"))).Append("</p>");
        }

        return new HtmlString(html.Append("</div>").ToString());
    }

    /// <summary>The message for <paramref name="field"/> of <paramref name="form"/>, next to the field, or nothing.</summary>
    public static IHtmlContent ErrorFor(FormFailure? failure, string form, string field)
    {
        if (failure is null || failure.Form != form)
            return HtmlString.Empty;
        var matched = failure.Errors.Where(e => e.Key == field || e.Key.StartsWith(field + ".", StringComparison.Ordinal) || e.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .ToList();
        failure.Shown.UnionWith(matched.Select(e => e.Key));
        var messages = matched.SelectMany(e => e.Value).ToList();
        return messages.Count == 0
            ? HtmlString.Empty
            : new HtmlString($"<span class=\"field-error\" data-field=\"{Encoder.Encode(field)}\">{Encoder.Encode(string.Join(" ", messages))}</span>");
    }

    /// <summary>
    /// The top of a refused form, written out only once the whole page is rendered (Razor buffers a page's content), by when
    /// <see cref="ErrorFor"/> has placed what it could: the reasons of fields the form shows nowhere are listed here.
    /// </summary>
    private sealed class Unplaced(string head, FormFailure failure) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(encoder);
            writer.Write(head);
            var rest = failure.Errors.Where(e => !failure.Shown.Contains(e.Key)).SelectMany(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
            if (rest.Count > 0)
            {
                writer.Write("<ul class=\"unplaced\">");
                foreach (var message in rest)
                    writer.Write($"<li>{encoder.Encode(message)}</li>");
                writer.Write("</ul>");
            }

            writer.Write("</div>");
        }
    }
}
