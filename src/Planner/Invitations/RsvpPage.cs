using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Planner.Data;
using Planner.Http;

namespace Planner.Invitations;

/// <summary>What a party typed into the reply form, shown again as typed when the reply is refused.</summary>
public sealed record RsvpTyped(string Answer, string Head, string HeadName, IReadOnlyList<string> Members, string NewMembers)
{
    public static RsvpTyped From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form["answer"].ToString(), form["head"].ToString(), form["headName"].ToString(),
            form["members"].Select(m => m ?? "").ToList(), form["newMembers"].ToString());
    }
}

/// <summary>
/// The reply page behind an RSVP link: the site's style sheet and no script, in the party's language, one column
/// that fits a 390 px phone. Dates and the deadline are the venue's local time with its zone named
/// ("15 апреля 2027 г., 18:00 (UTC+05:00, Ташкент)"). A refused reply is said in the party's language, next to the
/// fields at fault, with everything typed kept in the form.
/// </summary>
public sealed class RsvpPage(Catalogue catalogue, Language language)
{
    private static string E(string? text) => MailTemplates.Html.Encode(text ?? "");

    private string T(string key) => E(catalogue.Get(key, language));

    /// <summary>The whole page with <paramref name="body"/> inside the site's frame.</summary>
    public IResult Page(string title, string body, int status) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html lang="{language.Code}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)}</title><link rel="stylesheet" href="/web.css"></head>
        <body><header class="top"><span class="brand">{T("org.secretariat")}</span></header>
        <main id="content" class="rsvp">{body}</main></body></html>
        """, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>The reply form, filled with <paramref name="typed"/> when given, else with the delegation as recorded; refusal reasons at the top and by the fields.</summary>
    public string Form(RsvpView v, AntiforgeryTokenSet tokens, RsvpTyped? typed, PlannerException? refused, bool open)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(tokens);
        var fields = refused is null ? [] : ProblemWords.Fields(refused, catalogue, language);
        string At(string field) => string.Concat(fields.Where(f => f.Key == field || f.Key.StartsWith(field + ".", StringComparison.Ordinal)
                || f.Key.StartsWith(field + "[", StringComparison.Ordinal))
            .SelectMany(f => f.Value).Distinct().Select(m => $"<span class=\"field-error\">{E(m)}</span>"));
        var head = typed?.Head ?? v.Delegation.Members.FirstOrDefault(m => m.IsHead)?.PersonId.ToString(CultureInfo.InvariantCulture) ?? "";
        var members = typed?.Members.ToHashSet(StringComparer.Ordinal)
            ?? v.Delegation.Members.Where(m => !m.IsHead).Select(m => m.PersonId.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var decline = typed?.Answer == "decline";
        var html = new StringBuilder(Summary(v));
        if (refused is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"problem\" role=\"alert\"><p><strong>{T("rsvp.error")}</strong></p>")
                .Append(CultureInfo.InvariantCulture, $"<p class=\"reason\">{E(ProblemWords.Detail(refused, catalogue, language))}</p>")
                .Append(typed is null ? "" : $"<p>{T("rsvp.refused")}</p>").Append("</div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" class=\"stack\"><input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"choices\"><legend>{T("rsvp.answer")}</legend>")
            .Append(CultureInfo.InvariantCulture, $"<label class=\"choice\"><input type=\"radio\" name=\"answer\" value=\"accept\"{(decline ? "" : " checked")}> {T("rsvp.accept")}</label>")
            .Append(CultureInfo.InvariantCulture, $"<label class=\"choice\"><input type=\"radio\" name=\"answer\" value=\"decline\"{(decline ? " checked" : "")}> {T("rsvp.decline")}</label>{At("answer")}</fieldset>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(catalogue.Format("rsvp.quota", language, v.Quota))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"head\">{T("headOfDelegation")}</label><select id=\"head\" name=\"head\"><option value=\"\">{T("rsvp.chooseHead")}</option>");
        foreach (var p in v.People)
        {
            var id = p.PersonId.ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{id}\"{(id == head ? " selected" : "")}>{E(Person(p))}</option>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</select>{At("head")}");
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"headName\">{T("rsvp.newHead")}</label><input id=\"headName\" name=\"headName\" maxlength=\"200\" value=\"{E(typed?.HeadName)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"choices people\"><legend>{T("rsvp.members")}</legend>");
        foreach (var p in v.People)
        {
            var id = p.PersonId.ToString(CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<label class=\"choice\"><input type=\"checkbox\" name=\"members\" value=\"{id}\"{(members.Contains(id) ? " checked" : "")}> {E(Person(p))}</label>");
        }

        html.Append(CultureInfo.InvariantCulture, $"{At("members")}</fieldset>");
        html.Append(CultureInfo.InvariantCulture, $"<label for=\"newMembers\">{T("rsvp.newMembers")}</label><textarea id=\"newMembers\" name=\"newMembers\" rows=\"4\">{E(typed?.NewMembers)}</textarea>");
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\"{(open ? "" : " disabled")}>{T("rsvp.send")}</button></p></form>");
        return html.ToString();
    }

    /// <summary>The event, the party, the dates and deadline in the venue's time, the answer so far and the delegation.</summary>
    public string Summary(RsvpView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[v.TimeZone];
        var start = v.Start.InZoneLeniently(zone).ToInstant();
        var end = v.End.InZoneLeniently(zone).ToInstant();
        var delegation = v.Delegation.Members.Count == 0
            ? $"<p>{T("rsvp.none")}</p>"
            : "<ul>" + string.Concat(v.Delegation.Members.Select(m =>
                $"<li>{E(m.Name.In(language))}{(m.Title.En.Length > 0 ? ", " + E(m.Title.In(language)) : "")}{Part(m)}</li>")) + "</ul>";
        return $"""
            <h1>{E(v.Title)}</h1>
            <p class="muted">{T("rsvp.heading")}</p>
            <section class="card"><dl class="mail-head">
            <dt>{T("rsvp.party")}</dt><dd><strong>{E(v.Party)}</strong></dd>
            <dt>{T("rsvp.when")}</dt><dd class="when">{E(DateWords.Zoned(start, zone, language, catalogue))} – {E(DateWords.Zoned(end, zone, language, catalogue))}</dd>
            <dt>{T("rsvp.where")}</dt><dd>{E(v.Venue)}</dd>
            <dt>{T("rsvp.deadline")}</dt><dd class="deadline">{E(DateWords.Zoned(v.Deadline, zone, language, catalogue))}</dd>
            <dt>{T("rsvp.state")}</dt><dd><strong class="state">{T("rsvp." + Enums.Name(v.State))}</strong></dd>
            </dl></section>
            <h2>{T("rsvp.delegation")}</h2>
            {delegation}
            """;
    }

    /// <summary>A refusal with nothing to show beside it (an unknown link, a form that expired).</summary>
    public string Problem(PlannerException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"<h1>{T("rsvp.error")}</h1><div class=\"problem\" role=\"alert\"><p class=\"reason\">{E(ProblemWords.Detail(e, catalogue, language))}</p></div>";
    }

    /// <summary>
    /// " — " and the person's part in the delegation, in the party's language: head of delegation, and the function
    /// recorded (unless it only says the same, as the demo's heads' functions do).
    /// </summary>
    private string Part(Events.Delegate m)
    {
        var head = catalogue.Get("headOfDelegation", language);
        var function = m.Function.In(language).Trim();
        string[] parts = [m.IsHead ? head : "", function.Equals(head, StringComparison.OrdinalIgnoreCase) && m.IsHead ? "" : function];
        var said = catalogue.List(parts.Where(p => p.Length > 0).Select(E), language);
        return said.Length > 0 ? " — " + said : "";
    }

    private static string Person(RsvpCandidate p) => p.Title.Length > 0 ? $"{p.Name} — {p.Title}" : p.Name;
}
