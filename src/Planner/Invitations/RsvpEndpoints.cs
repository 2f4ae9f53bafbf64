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

        rsvp.MapGet("/{token}", async (string token, HttpContext http, Db db, IClock clock, IAntiforgery antiforgery, Catalogue catalogue, CancellationToken ct) =>
        {
            if (WantsJson(http.Request))
                return Results.Ok(await db.ReadAsync(c => Rsvp.ViewAsync(c, token, clock.GetCurrentInstant()), ct));
            var page = new RsvpPage(catalogue, Language.Parse(await db.ReadAsync(c => Rsvp.LanguageAsync(c, token), ct)));
            try
            {
                var view = await db.ReadAsync(c => Rsvp.ViewAsync(c, token, clock.GetCurrentInstant()), ct);
                return page.Page(view.Title, page.Form(view, antiforgery.GetAndStoreTokens(http), null, null, open: true), 200);
            }
            catch (PlannerException e) when (e.Kind is not ErrorKind.NotFound)
            {
                // Replies are closed: the page still shows the event and the delegation, and says why.
                var view = await db.ReadAsync(c => Rsvp.ShowAsync(c, token), ct);
                return page.Page(view.Title, page.Form(view, antiforgery.GetAndStoreTokens(http), null, e, open: false), Http.ProblemHandler.StatusOf(e));
            }
            catch (PlannerException e)
            {
                return page.Page(catalogue.Get("rsvp.error", Language.English), page.Problem(e), Http.ProblemHandler.StatusOf(e));
            }
        });

        rsvp.MapPost("/{token}", async (string token, HttpContext http, Db db, IClock clock, ParticipantService participants, MailQueue queue,
            IAntiforgery antiforgery, IOptions<JsonOptions> json, Catalogue catalogue, CancellationToken ct) =>
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

            var language = Language.Parse(await db.ReadAsync(c => Rsvp.LanguageAsync(c, token), ct));
            var page = new RsvpPage(catalogue, language);
            if (!http.Request.HasFormContentType)
                return page.Page(catalogue.Get("rsvp.error", language), page.Problem(PlannerException.Malformed("body", catalogue.Get("rsvp.malformed", language))), 415);
            var form = await http.Request.ReadFormAsync(ct);
            var typed = RsvpTyped.From(form);
            try
            {
                await antiforgery.ValidateRequestAsync(http);
                var view = await db.WriteAsync((c, tx) => Rsvp.AnswerAsync(c, tx, participants, queue, token, FromForm(form),
                    clock.GetCurrentInstant(), ct), ct);
                return page.Page(view.Title, $"<div class=\"notice ok\" role=\"status\">{MailTemplates.Html.Encode(catalogue.Get("rsvp.thanks", language))}</div>" + page.Summary(view), 200);
            }
            catch (AntiforgeryValidationException)
            {
                var expired = new PlannerException(ErrorKind.Malformed, ErrorCode.RsvpExpired, catalogue.Get("problem.rsvp.expired", Language.English));
                return await RefusedAsync(expired, 400);
            }
            catch (PlannerException e) when (e.Kind is not ErrorKind.NotFound)
            {
                return await RefusedAsync(e, Http.ProblemHandler.StatusOf(e));
            }
            catch (PlannerException e)
            {
                return page.Page(catalogue.Get("rsvp.error", language), page.Problem(e), Http.ProblemHandler.StatusOf(e));
            }

            // The reply is refused: the page says why and gives the form back as it was typed.
            async Task<IResult> RefusedAsync(PlannerException e, int status)
            {
                var view = await db.ReadAsync(c => Rsvp.ShowAsync(c, token), ct);
                var open = e.Kind is not (ErrorKind.Gone or ErrorKind.Conflict);
                return page.Page(view.Title, page.Form(view, antiforgery.GetAndStoreTokens(http), typed, e, open), status);
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
}
