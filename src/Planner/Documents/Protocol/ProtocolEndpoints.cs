using Microsoft.Extensions.Options;
using Planner.Http;
using Planner.Invitations;

namespace Planner.Documents.Protocol;

/// <summary>
/// <c>…/documents/{note|nameplates|seating|badges}.pdf</c>, <c>/api/register?year=</c>, <c>/api/events/{id}/seating</c>
/// and <c>/api/events/{id}/arrivals</c>: routes only; <see cref="ProtocolService"/> does the work.
/// </summary>
public static class ProtocolEndpoints
{
    public static IServiceCollection AddProtocol(this IServiceCollection services)
    {
        services.AddOptions<ProtocolOptions>().BindConfiguration(ProtocolOptions.Section)
            .Validate(o => Valid(o), "Planner:Protocol:RegisterFormat needs {seq} and knows only {year} and {seq}; TimeZone is an IANA zone.")
            .ValidateOnStart();
        services.AddSingleton<CheckInCodes>();
        services.AddSingleton<ProtocolService>();
        // Invitations carry the agenda and the party's note (this replaces the agenda-only attachment).
        services.AddSingleton<AgendaAttachment>();
        services.AddSingleton<IInvitationAttachments, NoteAttachment>();
        return services;
    }

    private static bool Valid(ProtocolOptions o)
    {
        try
        {
            _ = new RegisterFormat(o.RegisterFormat);
            _ = ProtocolStore.Zone(o.TimeZone);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The protocol documents by name, or null for another document.</summary>
    public static Func<long, HttpRequest, ProtocolService, CancellationToken, Task<byte[]>>? Document(string name) => name switch
    {
        "note" => (id, r, s, ct) => s.NoteAsync(id, PartyOf(r), r.Query["lang"], ct),
        "nameplates" => (id, r, s, ct) => s.NameplatesAsync(id, r.Query["lang"], r.Query["second"], ct),
        "seating" => (id, r, s, ct) => s.SeatingAsync(id, r.Query["lang"], ct),
        "badges" => (id, r, s, ct) => s.BadgesAsync(id, r.Query["lang"], ct),
        _ => null,
    };

    private static long PartyOf(HttpRequest request)
    {
        var text = request.Query["party"].ToString();
        return long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id
            : throw PlannerException.Malformed("party", "party is the id of the party the note is addressed to, e.g. ?party=4.", ErrorCode.QueryNoteParty);
    }

    public static void MapProtocol(this RouteGroupBuilder api)
    {
        foreach (var name in new[] { "note", "nameplates", "seating", "badges" })
        {
            var print = Document(name)!;
            api.MapGet($"/events/{{id:long}}/documents/{name}.pdf", async (long id, HttpRequest request, ProtocolService protocol, CancellationToken ct) =>
            {
                var pdf = await print(id, request, protocol, ct);
                var lang = request.Query["lang"].ToString();
                return Results.File(pdf, "application/pdf", $"event-{id}-{name}-{(lang.Length == 0 ? "en" : lang)}.pdf");
            }).WithTags("Documents");
        }

        api.MapGet("/register", (int? year, ProtocolService protocol, NodaTime.IClock clock, IOptions<ProtocolOptions> options, CancellationToken ct) =>
        {
            var y = year ?? clock.GetCurrentInstant().InZone(ProtocolStore.Zone(options.Value.TimeZone)).Year;
            if (y is < 1900 or > 9999)
                throw PlannerException.Malformed("year", "year is a four-digit year, e.g. ?year=2027.", ErrorCode.QueryYear);
            return protocol.RegisterAsync(y, ct);
        }).WithTags("Documents");

        api.MapGet("/events/{id:long}/seating", (long id, Data.Db db, ProtocolService protocol, CancellationToken ct) =>
            db.ReadAsync(async c =>
            {
                var (_, settings, layout) = await protocol.LayoutAsync(c, id);
                return new { settings.EventId, settings.Shape, settings.Rule, settings.Version, seats = layout.Seats.Select(s => new { s.Code, s.Name, s.IsChair }) };
            }, ct)).WithTags("Documents");

        api.MapPut("/events/{id:long}/seating", (long id, SeatingInput input, ProtocolService protocol, CancellationToken ct) =>
            protocol.SetSeatingAsync(id, input, ct)).WithTags("Documents");

        api.MapGet("/events/{id:long}/arrivals", (long id, ProtocolService protocol, CancellationToken ct) =>
            protocol.ArrivalsAsync(id, ct)).WithTags("Documents");
    }
}
