using System.Text.Json.Nodes;
using Dapper;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Planner.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

public class InvitationMailTests
{
    /// <summary>The database the hosts of these tests run on.</summary>
    protected virtual TestDatabase Database => TestDatabase.Sqlite;

    /// <summary>The parsed text/calendar part of a message, and the METHOD its Content-Type names.</summary>
    internal static (Calendar Calendar, string Method) CalendarOf(MimeMessage message)
    {
        var part = message.BodyParts.OfType<TextPart>().Single(p => p.ContentType.IsMimeType("text", "calendar"));
        return (Calendar.Load(part.Text)!, part.ContentType.Parameters["method"] ?? "");
    }

    [Fact]
    public async Task Parties_left_out_come_with_the_reasons_code_and_its_sentence_in_the_readers_language()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var again = await client.PostJsonAsync($"/api/events/{eventId}/invitations", new { }, 200);
        Assert.Empty(again["invited"]!.AsArray());
        var skipped = again["skipped"]!.AsArray();
        var rats = Assert.Single(skipped, s => s!["code"]!.GetValue<string>() == "RATS")!;
        Assert.Equal("organiser", rats["reason"]!.GetValue<string>());
        Assert.Equal("Организатор не приглашается.", rats["said"]!.GetValue<string>());
        var kaz = Assert.Single(skipped, s => s!["code"]!.GetValue<string>() == "KAZ")!;
        Assert.Equal("alreadyInvited", kaz["reason"]!.GetValue<string>());
        Assert.StartsWith("Приглашение уже направлено", kaz["said"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_party_is_invited_in_its_own_language_with_a_calendar_request()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);

        var result = await MailHost.InviteAsync(client, eventId);
        Assert.Equal(11, result["invited"]!.AsArray().Count);
        Assert.Contains(result["skipped"]!.AsArray(), s => s!["code"]!.GetValue<string>() == "RATS");
        Assert.Equal(11, (await host.RunMailAsync()).Sent);

        var kaz = Assert.Single(host.MailTo("protocol@kaz.mfa.example"));
        var chn = Assert.Single(host.MailTo("protocol@chn.mfa.example"));
        var ind = Assert.Single(host.MailTo("protocol@ind.mfa.example"));
        Assert.Equal("Приглашение: 47-е заседание Совета РАТС ШОС", kaz.Subject);
        Assert.Equal("邀请函：上合组织地区反恐怖机构理事会第四十七次会议", chn.Subject);
        Assert.Equal("Invitation: 47th meeting of the RATS SCO Council", ind.Subject);
        Assert.Equal("ru", kaz.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("15 апреля 2027 г., 09:00", kaz.TextBody, StringComparison.Ordinal);
        Assert.Contains("2027年4月15日 09:00", chn.TextBody, StringComparison.Ordinal);
        Assert.Contains("15 April 2027, 09:00", ind.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("secretariat@ecrats.example", kaz.From.Mailboxes.Single().Address);

        // multipart/mixed: the alternatives (text, HTML, calendar), then the agenda PDF.
        var mixed = Assert.IsType<Multipart>(kaz.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal(["text/plain", "text/html", "text/calendar"], alternative.Select(p => p.ContentType.MimeType));

        var (calendar, method) = CalendarOf(kaz);
        Assert.Equal("REQUEST", method);
        Assert.Equal("REQUEST", calendar.Method);
        var e = Assert.Single(calendar.Events);
        Assert.Equal($"planner-event-{eventId}@ecrats.example", e.Uid);
        Assert.Equal(0, e.Sequence);
        Assert.Equal("Europe/Moscow", e.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 4, 15, 6, 0, 0, DateTimeKind.Utc), e.DtStart.AsUtc);
        Assert.Equal(new DateTime(2027, 4, 15, 15, 0, 0, DateTimeKind.Utc), e.DtEnd!.AsUtc);
        Assert.Equal("Europe/Moscow", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal("mailto:secretariat@ecrats.example", e.Organizer!.Value!.ToString());
        var attendee = Assert.Single(e.Attendees);
        Assert.Equal("mailto:protocol@kaz.mfa.example", attendee.Value!.ToString());
        Assert.Equal("REQ-PARTICIPANT", attendee.Role);
        Assert.True(attendee.Rsvp);
        Assert.Equal("47-е заседание Совета РАТС ШОС", e.Summary);

        var mongolia = Assert.Single(CalendarOf(Assert.Single(host.MailTo("protocol@mng.mfa.example"))).Calendar.Events.Single().Attendees);
        Assert.Equal("OPT-PARTICIPANT", mongolia.Role);

        var invitations = (await client.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray();
        Assert.Equal(11, invitations.Count);
        Assert.All(invitations, i =>
        {
            Assert.Equal("invited", i!["state"]!.GetValue<string>());
            Assert.Equal("sent", i["messages"]!.AsArray().Single()!["state"]!.GetValue<string>());
        });
        Assert.Equal("invitationsSent", (await client.GetJsonAsync($"/api/events/{eventId}"))["status"]!.GetValue<string>());

        var again = await MailHost.InviteAsync(client, eventId);
        Assert.Empty(again["invited"]!.AsArray());
        Assert.Equal(0, (await host.RunMailAsync()).Sent);
    }

    [Fact]
    public async Task The_chairing_partys_head_of_delegation_is_the_chair_attendee()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        var chairId = (await client.GetJsonAsync($"/api/events/{eventId}"))["chairPartyId"]!.GetValue<long>();
        var head = (await client.GetJsonAsync($"/api/people?party={chairId}")).AsArray().First(p => p!["email"] is not null)!;
        await client.PutJsonAsync($"/api/events/{eventId}/delegations/{chairId}",
            new { head = new { personId = head["id"]!.GetValue<long>() }, members = Array.Empty<object>(), version = 1 }, 200);

        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        var chairCode = (await client.GetJsonAsync($"/api/parties/{chairId}"))["code"]!.GetValue<string>();
        var message = Assert.Single(host.MailTo($"protocol@{chairCode.ToLowerInvariant()}.mfa.example"));
        var chair = Assert.Single(CalendarOf(message).Calendar.Events.Single().Attendees, a => a.Role == "CHAIR");
        Assert.Equal("mailto:" + head["email"]!.GetValue<string>(), chair.Value!.ToString());
        var other = host.MailTo("protocol@ind.mfa.example").Single();
        Assert.DoesNotContain(CalendarOf(other).Calendar.Events.Single().Attendees, a => a.Role == "CHAIR");
    }

    [Fact]
    public async Task Names_are_html_encoded_and_cannot_add_headers()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var client = await host.App.ClientAsync();
        await client.PostJsonAsync("/api/parties", new
        {
            code = "EVL", kind = "organisation", name = new { en = "Evil <b>Org</b>\r\nBcc: spy@evil.example" },
            contactEmails = new[] { "ok@evil.example\r\nBcc: spy@evil.example" }, language = "en",
        }, 422);
        var created = await client.PostJsonAsync("/api/parties", new
        {
            code = "EVL", kind = "organisation", name = new { en = "Evil <b>Org</b>\r\nBcc: spy@evil.example" },
            contactEmails = new[] { "ok@evil.example" }, language = "en",
        }, 201);
        var eventId = await host.UpcomingEventAsync(client);
        await client.PostJsonAsync($"/api/events/{eventId}/participants?acceptConflicts=true",
            new { partyId = created["id"]!.GetValue<long>(), role = "guest" }, 201);

        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        var message = Assert.Single(host.MailTo("ok@evil.example"));
        Assert.Empty(message.Bcc);
        Assert.DoesNotContain(message.Headers, h => h.Field.Equals("Bcc", StringComparison.OrdinalIgnoreCase));
        var name = ((MailboxAddress)message.To.Single()).Name;
        Assert.StartsWith("Evil <b>Org</b>", name, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', name ?? "");
        Assert.Contains("Evil &lt;b&gt;Org&lt;/b&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Org</b>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Smtp.Messages(), m => m.To.Mailboxes.Concat(m.Bcc.Mailboxes).Any(b => b.Address == "spy@evil.example"));
    }

    private sealed class AgendaFile : IInvitationAttachments
    {
        public Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<MailAttachment>>([new MailAttachment($"agenda-{language}.pdf", "application/pdf",
                Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray())]);
    }

    [Fact]
    public async Task Files_from_the_documents_hook_are_attached_to_invitations()
    {
        await using var host = await MailHost.StartAsync(services: s => s.AddSingleton<IInvitationAttachments, AgendaFile>(), database: Database);
        var client = await host.App.ClientAsync();
        await MailHost.InviteAsync(client, await host.UpcomingEventAsync(client));
        await host.RunMailAsync();

        var message = Assert.Single(host.MailTo("protocol@chn.mfa.example"));
        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        Assert.IsType<MultipartAlternative>(mixed[0]);
        var pdf = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("agenda-zh.pdf", pdf.FileName);
        using var content = new MemoryStream();
        pdf.Content!.DecodeTo(content);
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => (byte)i), content.ToArray());
    }

    [Fact]
    public async Task The_invitation_carries_the_agenda_PDF_in_the_party_language()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        var message = Assert.Single(host.MailTo("protocol@kaz.mfa.example"));
        // The agenda, beside the party's own note verbale (see Documents/Protocol/NoteMailTests).
        var pdf = Assert.Single(message.Attachments.OfType<MimePart>(), p => p.FileName!.StartsWith("agenda-", StringComparison.Ordinal));
        Assert.Equal($"agenda-{eventId}-ru.pdf", pdf.FileName);
        using var content = new MemoryStream();
        pdf.Content!.DecodeTo(content);
        using var document = UglyToad.PdfPig.PdfDocument.Open(content.ToArray());
        var text = string.Join(" ", document.GetPages().Select(p => p.Text));
        Assert.Contains("47-е заседание Совета РАТС ШОС", text, StringComparison.Ordinal);

        // Each language's agenda is stored once for all the messages that carry it, and put back whole when sent.
        var (parts, languages, notes) = await host.App.Db.ReadAsync(c => c.QuerySingleAsync<(long, long, long)>(
            "SELECT (SELECT COUNT(*) FROM outbox_part), (SELECT COUNT(DISTINCT language) FROM outbox WHERE kind = 'invitation'), (SELECT COUNT(*) FROM outgoing_register)"));
        Assert.Equal(languages + notes, parts);
        Assert.True(languages > 1);
        Assert.All(host.Smtp.Messages(), m => Assert.DoesNotContain(m.BodyParts, p => p.Headers.Contains("X-Planner-Part")));
    }

    [Fact]
    public async Task Invitations_go_only_to_participants_of_events_still_to_come()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var client = await host.App.ClientAsync();
        var fortieth = await client.EventIdAsync("40th meeting");
        var problem = await client.PostJsonAsync($"/api/events/{fortieth}/invitations", new { }, 409);
        Assert.NotNull(problem["errors"]!["status"]);
        var upcoming = await host.UpcomingEventAsync(client);
        var unknown = await client.PostJsonAsync($"/api/events/{upcoming}/invitations", new { partyIds = new[] { 999999 } }, 422);
        Assert.NotNull(unknown["errors"]!["partyIds[0]"]);
        Assert.Empty((await client.GetJsonAsync($"/api/events/{upcoming}/invitations")).AsArray());
        var viewer = await host.App.ClientAsync(Planner.Access.Role.Viewer);
        await viewer.PostJsonAsync($"/api/events/{upcoming}/invitations", new { }, 403);
    }

    internal static async Task<JsonNode> MoveAsync(HttpClient client, long eventId, Action<JsonObject> change)
    {
        var e = (await client.GetJsonAsync($"/api/events/{eventId}")).AsObject();
        change(e);
        return await client.PutJsonAsync($"/api/events/{eventId}?acceptConflicts=true", e, 200);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class InvitationMailTestsOnPostgres : InvitationMailTests
{
    protected override TestDatabase Database => TestDatabase.Postgres;
}
