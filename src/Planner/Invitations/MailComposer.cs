using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using NodaTime;
using NodaTime.Text;
using Planner.Events;
using Planner.Venues;

namespace Planner.Invitations;

/// <summary>An event as its messages describe it.</summary>
/// <param name="ChairHead">The chairing party's head of delegation, when known and reachable by e-mail.</param>
public sealed record MailEvent(Event Event, Venue Venue, InvitationSettings Settings, MailPerson? ChairHead)
{
    /// <summary>When replies close: the deadline set, or the event's start.</summary>
    public Instant Deadline => Settings.Deadline ?? Event.StartAt;
}

/// <summary>A person named in a calendar entry.</summary>
public sealed record MailPerson(long PartyId, string Name, string Address);

/// <summary>A party receiving a message: its name and language, its protocol contacts, its role and its invitation.</summary>
public sealed record MailParty(long PartyId, string Code, LocalizedText Name, string Language, IReadOnlyList<string> Contacts,
    ParticipationRole Role, long? InvitationId, InvitationState? State);

/// <summary>
/// Writes one message to one party: the template in the party's language (subject, text, HTML) and the
/// calendar entry, as multipart/alternative (text, HTML, <c>text/calendar; method=…</c>), inside
/// multipart/mixed when files are attached. Addresses are MimeKit mailboxes, never concatenated
/// header text, so no name can add a header.
/// </summary>
public sealed class MailComposer(MailTemplates templates, IOptions<MailOptions> options)
{
    private readonly MailOptions _options = options.Value;

    public MailOptions Options => _options;

    /// <summary>The secretariat's name in <paramref name="language"/> (<c>Planner:Organisation:Secretariat</c>): the sender, the ORGANIZER and the one who invites.</summary>
    public string Sender(Language language) => Clean(templates.Catalogue.Get("org.secretariat", language));

    public MimeMessage Compose(MailKind kind, MailEvent ev, MailParty party, string rsvpUrl, string answer, string reminder,
        IReadOnlyList<string> delegates, IReadOnlyList<MailAttachment> attachments, Instant now)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(attachments);
        var lang = Language.Parse(party.Language);
        var e = ev.Event;
        var zone = ev.Venue.Zone;
        var words = templates.Catalogue;
        var model = new MailModel(Sender(lang), party.Name.In(lang), e.Title.In(lang), ev.Venue.Location(lang),
            DateWords.DateTime(e.Start, lang, words), DateWords.DateTime(e.End, lang, words), DateWords.Zone(zone, e.StartAt, lang, words),
            DateWords.Zoned(ev.Deadline, zone, lang, words), ev.Settings.Quota, rsvpUrl, answer, reminder, delegates);
        var rendered = templates.Render(kind, lang, model);

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(Sender(lang), _options.FromAddress));
        foreach (var address in party.Contacts)
            message.To.Add(new MailboxAddress(Clean(party.Name.In(lang)), address));
        message.Subject = Clean(rendered.Subject);
        message.Date = now.ToDateTimeOffset();
        message.MessageId = MimeUtils.GenerateMessageId(Domain);
        // RFC 3834: a machine wrote this message; auto-responders (out-of-office) do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var (calendar, method) = CalendarPart.Build(Entry(kind, ev, party, rendered.Text, now));
        var calendarPart = new TextPart("calendar") { Text = calendar, ContentTransferEncoding = ContentEncoding.Base64 };
        calendarPart.ContentType.Charset = "utf-8";
        calendarPart.ContentType.Parameters.Add("method", method);
        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = rendered.Text },
            new TextPart("html") { Text = rendered.Html },
            calendarPart,
        };
        if (attachments.Count == 0)
        {
            alternative.Headers.Add(HeaderId.ContentLanguage, lang.Code);
            message.Body = alternative;
            return message;
        }

        var mixed = new Multipart("mixed") { alternative };
        mixed.Headers.Add(HeaderId.ContentLanguage, lang.Code);
        foreach (var file in attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(file.MediaType))
            {
                Content = new MimeContent(new MemoryStream(file.Encoded, writable: false), ContentEncoding.Base64),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = file.FileName,
            });
        }

        message.Body = mixed;
        return message;
    }


    /// <summary>The stable UID of an event's calendar entry.</summary>
    public string Uid(long eventId) => $"planner-event-{eventId}@{Domain}";

    private string Domain => _options.FromAddress[(_options.FromAddress.LastIndexOf('@') + 1)..];

    private CalendarEntry Entry(MailKind kind, MailEvent ev, MailParty party, string description, Instant now)
    {
        var lang = party.Language;
        var cancelled = kind == MailKind.Cancellation;
        var wanted = !cancelled && party.State is null or InvitationState.Invited;
        var partStat = party.State switch
        {
            InvitationState.Accepted => "ACCEPTED",
            InvitationState.Declined => "DECLINED",
            InvitationState.Tentative => "TENTATIVE",
            _ => "NEEDS-ACTION",
        };
        // Observers, partners, guests and organisations are asked to name a delegation too, but their presence is optional.
        var role = party.Role switch
        {
            ParticipationRole.Observer or ParticipationRole.DialoguePartner or ParticipationRole.Guest
                or ParticipationRole.InternationalOrganisation => "OPT-PARTICIPANT",
            ParticipationRole.Press => "NON-PARTICIPANT",
            _ => "REQ-PARTICIPANT",
        };
        var attendees = party.Contacts.Select(a => new CalendarAttendee(a, Clean(party.Name.In(lang)), role, wanted, partStat)).ToList();
        if (ev.ChairHead is { } chair && chair.PartyId == party.PartyId)
            attendees.Insert(0, new CalendarAttendee(chair.Address, Clean(chair.Name), "CHAIR", false, partStat));
        var e = ev.Event;
        return new CalendarEntry(Uid(e.Id), ev.Settings.Sequence, e.Title.In(lang), ev.Venue.Location(Language.Parse(lang)),
            description, ev.Venue.TimeZone, e.Start, e.End, now, _options.FromAddress, Sender(Language.Parse(lang)), attendees, cancelled);
    }

    /// <summary>A name with every control character (CR, LF, tab…) replaced by a space.</summary>
    internal static string Clean(string text) =>
        string.Concat(text.Select(ch => char.IsControl(ch) ? ' ' : ch)).Trim();
}
