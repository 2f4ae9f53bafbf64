using System.Text;
using Dapper;
using MimeKit;
using MimeKit.Utils;
using Planner.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

/// <summary>
/// Calendar replies, built the way Thunderbird and Outlook build them, delivered to a real IMAP server (dovecot)
/// and read by Planner's job: answers are set, and what cannot be trusted is left in the mailbox for a person.
/// </summary>
public sealed class ImapReplyTests
{
    private const string Organiser = "secretariat@ecrats.example";

    [Fact]
    public async Task Accept_and_tentative_from_Thunderbird_and_Outlook_set_the_answers_and_the_messages_move_to_processed()
    {
        await using var imap = await ImapServer.StartAsync();
        var (host, api, eventId, uid) = await InvitedAsync(imap);
        await using var _ = host;

        var thunderbird = Thunderbird(uid, 0, "protocol@kaz.mfa.example", "ACCEPTED");
        var outlook = Outlook(uid, 0, "protocol@chn.mfa.example", "TENTATIVE");
        await imap.DeliverAsync(thunderbird);
        await imap.DeliverAsync(outlook);

        var run = await host.Get<ImapReplyReader>().RunAsync();
        Assert.Equal(new ReplyRun(2, 0), run);
        var answers = (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray()
            .ToDictionary(i => i!["code"]!.GetValue<string>(), i => i!["state"]!.GetValue<string>());
        Assert.Equal("accepted", answers["KAZ"]);
        Assert.Equal("tentative", answers["CHN"]);
        Assert.Equal("invited", answers["IND"]);
        var participants = (await api.GetJsonAsync($"/api/events/{eventId}/participants")).ToJsonString();
        Assert.Contains("\"answer\":\"tentative\"", participants, StringComparison.Ordinal);

        Assert.Empty(await imap.MessageIdsAsync("INBOX"));
        Assert.Equal(new[] { thunderbird.MessageId, outlook.MessageId }.Order(StringComparer.Ordinal),
            (await imap.MessageIdsAsync("Planner-Processed")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Forged_organiser_unknown_sender_and_older_sequence_are_left_in_the_mailbox_and_change_nothing()
    {
        await using var imap = await ImapServer.StartAsync();
        var (host, api, eventId, uid) = await InvitedAsync(imap);
        await using var _ = host;
        // The event changed since: the parties were sent SEQUENCE 1.
        await host.App.Db.WriteAsync((c, tx) => c.ExecuteAsync("UPDATE invitation_settings SET sequence = 1 WHERE event_id = @eventId", new { eventId }, tx));

        var forged = Thunderbird(uid, 1, "protocol@kaz.mfa.example", "DECLINED", organiser: "someone@elsewhere.example");
        var stranger = Outlook(uid, 1, "intruder@mail.example", "DECLINED");
        var older = Thunderbird(uid, 0, "protocol@chn.mfa.example", "DECLINED");
        var plain = new MimeMessage { Subject = "Question about the agenda", MessageId = MimeUtils.GenerateMessageId() };
        plain.From.Add(MailboxAddress.Parse("protocol@ind.mfa.example"));
        plain.Body = new TextPart("plain") { Text = "Could the agenda be sent in Russian?" };
        foreach (var m in new[] { forged, stranger, older, plain })
            await imap.DeliverAsync(m);

        Assert.Equal(new ReplyRun(0, 3), await host.Get<ImapReplyReader>().RunAsync());
        Assert.All((await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray(), i => Assert.Equal("invited", i!["state"]!.GetValue<string>()));
        Assert.Equal(4, (await imap.MessageIdsAsync("INBOX")).Count);
        Assert.Empty(await imap.MessageIdsAsync("Planner-Processed"));
        // A second pass does not read them again.
        Assert.Equal(new ReplyRun(0, 0), await host.Get<ImapReplyReader>().RunAsync());
    }

    /// <summary>Planner reading <paramref name="imap"/>, with the 47th Council meeting's invitations sent; the UID of its calendar entry.</summary>
    private static async Task<(MailHost Host, HttpClient Api, long EventId, string Uid)> InvitedAsync(ImapServer imap)
    {
        var host = await StartAsync(imap);
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await MailHost.InviteAsync(api, eventId);
        await host.RunMailAsync();
        var uid = InvitationMailTests.CalendarOf(Assert.Single(host.MailTo("protocol@kaz.mfa.example"))).Calendar.Events.Single().Uid!;
        return (host, api, eventId, uid);
    }

    private static Task<MailHost> StartAsync(ImapServer imap) => MailHost.StartAsync(extra: new Dictionary<string, string>
    {
        ["Planner:Mail:Imap:Host"] = "127.0.0.1",
        ["Planner:Mail:Imap:Port"] = imap.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Planner:Mail:Imap:Tls"] = "none",
        ["Planner:Mail:Imap:User"] = ImapServer.User,
        ["Planner:Mail:Imap:Password"] = ImapServer.Password,
    });

    /// <summary>The VEVENT of a reply as both clients write it: the attendee alone, with the answer.</summary>
    private static string Reply(string prodId, string uid, int sequence, string attendee, string partStat, string organiser, string mailto) =>
        string.Join("\r\n",
            "BEGIN:VCALENDAR",
            $"PRODID:{prodId}",
            "VERSION:2.0",
            "METHOD:REPLY",
            "BEGIN:VEVENT",
            "CREATED:20270102T080000Z",
            "DTSTAMP:20270102T080000Z",
            $"UID:{uid}",
            "SUMMARY:47th meeting of the RATS SCO Council",
            $"ORGANIZER;CN=RATS SCO Secretariat:{mailto}:{organiser}",
            $"ATTENDEE;CN=Delegation;PARTSTAT={partStat};ROLE=REQ-PARTICIPANT:{mailto}:{attendee}",
            $"SEQUENCE:{sequence}",
            "DTSTART;TZID=Europe/Moscow:20270415T090000",
            "DTEND;TZID=Europe/Moscow:20270415T180000",
            "END:VEVENT",
            "END:VCALENDAR",
            "");

    /// <summary>Thunderbird: multipart/mixed with the text, the calendar part (8bit) and the same calendar as invite.ics.</summary>
    private static MimeMessage Thunderbird(string uid, int sequence, string attendee, string partStat, string organiser = Organiser)
    {
        var message = new MimeMessage { Subject = "Accepted: 47th meeting of the RATS SCO Council", MessageId = MimeUtils.GenerateMessageId("kaz.mfa.example") };
        message.From.Add(MailboxAddress.Parse(attendee));
        message.To.Add(MailboxAddress.Parse(organiser));
        message.Headers.Add("User-Agent", "Mozilla Thunderbird");
        var ics = Reply("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", uid, sequence, attendee, partStat, organiser, "mailto");
        var calendar = new TextPart("calendar") { Text = ics, ContentTransferEncoding = ContentEncoding.EightBit };
        calendar.ContentType.Charset = "UTF-8";
        calendar.ContentType.Parameters.Add("method", "REPLY");
        var attachment = new MimePart("application", "ics")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(ics))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "invite.ics" },
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        message.Body = new Multipart("mixed") { new TextPart("plain") { Text = $"{attendee} has accepted this invitation." }, calendar, attachment };
        return message;
    }

    /// <summary>Outlook: multipart/alternative with text, HTML and the calendar part in base64, MAILTO in capitals.</summary>
    private static MimeMessage Outlook(string uid, int sequence, string attendee, string partStat)
    {
        var message = new MimeMessage { Subject = "Tentative: 47th meeting of the RATS SCO Council", MessageId = MimeUtils.GenerateMessageId("chn.mfa.example") };
        message.From.Add(MailboxAddress.Parse(attendee));
        message.To.Add(MailboxAddress.Parse(Organiser));
        message.Headers.Add("X-Mailer", "Microsoft Outlook 16.0");
        var calendar = new TextPart("calendar")
        {
            Text = Reply("Microsoft Exchange Server 2010", uid, sequence, attendee, partStat, Organiser, "MAILTO"),
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        calendar.ContentType.Charset = "utf-8";
        calendar.ContentType.Parameters.Add("method", "REPLY");
        message.Body = new MultipartAlternative
        {
            new TextPart("plain") { Text = "" },
            new TextPart("html") { Text = "<html><body></body></html>" },
            calendar,
        };
        return message;
    }
}
