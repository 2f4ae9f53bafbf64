using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Events;
using Planner.Scheduling;

namespace Planner.Invitations;

/// <summary>
/// <c>/rsvp/{token}</c>, open without an API token (the link is the credential). One address, two forms:
/// a small HTML page in the invitation's language (GET; the form POSTs <c>application/x-www-form-urlencoded</c>
/// with an anti-forgery token), and JSON — GET with <c>Accept: application/json</c> returns an <see cref="RsvpView"/>,
/// POST with a JSON <see cref="RsvpInput"/> records the reply. Problems are RFC 7807 documents (JSON) or a page
/// with the same status (HTML): 404 unknown link, 409 event cancelled, 410 replies closed, 422 bad reply.
/// </summary>
public static class RsvpEndpoints
{
    public static void MapRsvp(this IEndpointRouteBuilder app)
    {
        var rsvp = app.MapGroup("/rsvp").WithTags("RSVP").AllowAnonymous().NamedInHistory();

        rsvp.MapGet("/{token}", async (string token, HttpContext http, Db db, IClock clock, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (WantsJson(http.Request))
                return Results.Ok(await db.ReadAsync(c => Rsvp.ViewAsync(c, token, clock.GetCurrentInstant()), ct));
            var language = await db.ReadAsync(c => Rsvp.LanguageAsync(c, token), ct);
            try
            {
                var view = await db.ReadAsync(c => Rsvp.ViewAsync(c, token, clock.GetCurrentInstant()), ct);
                return Page(language, Form(view, antiforgery.GetAndStoreTokens(http)), 200);
            }
            catch (PlannerException e)
            {
                return Page(language, Problem(language, e), Http.ProblemHandler.StatusOf(e));
            }
        });

        rsvp.MapPost("/{token}", async (string token, HttpContext http, Db db, IClock clock, ParticipantService participants, MailQueue queue,
            IAntiforgery antiforgery, IOptions<JsonOptions> json, CancellationToken ct) =>
        {
            if (http.Request.HasJsonContentType())
            {
                RsvpInput? input;
                try
                {
                    input = await http.Request.ReadFromJsonAsync<RsvpInput>(json.Value.SerializerOptions, ct);
                }
                catch (JsonException e)
                {
                    throw PlannerException.Malformed("body", "The reply is not valid JSON: " + e.Message);
                }

                return Results.Ok(await db.WriteAsync((c, tx) => Rsvp.AnswerAsync(c, tx, participants, queue, token,
                    input ?? new RsvpInput(null, null, null), clock.GetCurrentInstant(), ct), ct));
            }

            var language = await db.ReadAsync(c => Rsvp.LanguageAsync(c, token), ct);
            if (!http.Request.HasFormContentType)
                return Page(language, Problem(language, PlannerException.Malformed("body", "Send the form or JSON.")), 415);
            try
            {
                await antiforgery.ValidateRequestAsync(http);
                var form = await http.Request.ReadFormAsync(ct);
                var view = await db.WriteAsync((c, tx) => Rsvp.AnswerAsync(c, tx, participants, queue, token, FromForm(form),
                    clock.GetCurrentInstant(), ct), ct);
                return Page(language, $"<p class=\"ok\">{E(RsvpText.Get("thanks", language))}</p>" + Summary(view), 200);
            }
            catch (AntiforgeryValidationException)
            {
                return Page(language, Problem(language, PlannerException.Malformed("form", "The form has expired; open the link again.")), 400);
            }
            catch (PlannerException e)
            {
                return Page(language, Problem(language, e), Http.ProblemHandler.StatusOf(e));
            }
        }).DisableAntiforgery();
    }

    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A reply from the HTML form: <c>answer</c>, <c>head</c> (person id) or <c>headName</c>, <c>members</c> (ids), <c>newMembers</c> (lines).</summary>
    private static RsvpInput FromForm(IFormCollection form)
    {
        RsvpAnswer? answer = form["answer"].ToString() switch
        {
            "accept" => RsvpAnswer.Accept,
            "decline" => RsvpAnswer.Decline,
            _ => null,
        };
        var headName = form["headName"].ToString().Trim();
        RsvpPerson? head = headName.Length > 0 ? new RsvpPerson(null, headName, null, null)
            : long.TryParse(form["head"], CultureInfo.InvariantCulture, out var headId) ? new RsvpPerson(headId, null, null, null)
            : null;
        var members = form["members"].Select(v => long.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id != 0 && id != head?.PersonId)
            .Select(id => (RsvpPerson?)new RsvpPerson(id, null, null, null))
            .Concat(form["newMembers"].ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                .Select(name => (RsvpPerson?)new RsvpPerson(null, name, null, null)))
            .ToList();
        return new RsvpInput(answer, head, members);
    }

    private static string E(string? text) => MailTemplates.Html.Encode(text ?? "");

    private static string T(string key, string language) => E(RsvpText.Get(key, language));

    private static string Form(RsvpView v, AntiforgeryTokenSet tokens)
    {
        var l = v.Language;
        var head = v.Delegation.Members.FirstOrDefault(m => m.IsHead)?.PersonId;
        var members = v.Delegation.Members.Where(m => !m.IsHead).Select(m => m.PersonId).ToHashSet();
        var html = new StringBuilder(Summary(v));
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\"><input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<p><label><input type=\"radio\" name=\"answer\" value=\"accept\" checked> {T("accept", l)}</label> ");
        html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"radio\" name=\"answer\" value=\"decline\"> {T("decline", l)}</label></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(string.Format(CultureInfo.InvariantCulture, RsvpText.Get("quota", l), v.Quota))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><label>{T("head", l)} <select name=\"head\"><option value=\"\"></option>");
        foreach (var p in v.People)
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{p.PersonId}\"{(p.PersonId == head ? " selected" : "")}>{E(p.Name)} — {E(p.Title)}</option>");
        html.Append(CultureInfo.InvariantCulture, $"</select></label> <label>{T("newHead", l)} <input name=\"headName\" maxlength=\"200\"></label></p>");
        html.Append(CultureInfo.InvariantCulture, $"<fieldset><legend>{T("members", l)}</legend>");
        foreach (var p in v.People)
            html.Append(CultureInfo.InvariantCulture, $"<label><input type=\"checkbox\" name=\"members\" value=\"{p.PersonId}\"{(members.Contains(p.PersonId) ? " checked" : "")}> {E(p.Name)} — {E(p.Title)}</label><br>");
        html.Append(CultureInfo.InvariantCulture, $"<label>{T("newMembers", l)}<br><textarea name=\"newMembers\" rows=\"4\" cols=\"50\"></textarea></label></fieldset>");
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{T("send", l)}</button></p></form>");
        return html.ToString();
    }

    private static string Summary(RsvpView v)
    {
        var l = v.Language;
        var delegation = v.Delegation.Members.Count == 0
            ? $"<p>{T("none", l)}</p>"
            : "<ul>" + string.Concat(v.Delegation.Members.Select(m =>
                $"<li>{E(m.Name.In(l))}{(m.Title.En.Length > 0 ? ", " + E(m.Title.In(l)) : "")}{(m.IsHead ? " (" + T("head", l) + ")" : "")}</li>")) + "</ul>";
        return $"""
            <h1>{E(v.Title)}</h1>
            <p>{T("party", l)}: <strong>{E(v.Party)}</strong></p>
            <p>{T("when", l)}: {E(Sql.Text(v.Start).Replace('T', ' '))} – {E(Sql.Text(v.End).Replace('T', ' '))} ({E(v.TimeZone)})</p>
            <p>{T("where", l)}: {E(v.Venue)}</p>
            <p>{T("deadline", l)}: {E(v.Deadline.ToString("uuuu-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}</p>
            <p>{T("state", l)}: <strong class="state">{T(Enums.Name(v.State), l)}</strong></p>
            <h2>{T("delegation", l)}</h2>
            {delegation}
            """;
    }

    private static string Problem(string language, PlannerException e) =>
        $"<h1>{T("error", language)}</h1><p class=\"problem\">{E(e.Message)}</p>" +
        string.Concat(e.Errors.SelectMany(x => x.Value).Distinct().Where(m => m != e.Message).Select(m => $"<p>{E(m)}</p>"));

    private static IResult Page(string language, string body, int status) => Results.Content(
        $"""
        <!DOCTYPE html>
        <html lang="{E(language)}"><head><meta charset="utf-8"><title>{T("heading", language)}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/web.css"></head>
        <body>{body}</body></html>
        """, "text/html; charset=utf-8", Encoding.UTF8, status);
}
