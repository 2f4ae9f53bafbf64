using Ical.Net;
using MimeKit;

namespace Planner.Invitations;

/// <summary>
/// What an iMIP REPLY (RFC 6047) says: which calendar entry (UID, the SEQUENCE answered), whose calendar it is
/// (ORGANIZER), who answers (the ATTENDEE) and the answer (PARTSTAT), with the address the message came from.
/// </summary>
public sealed record CalendarReply(string Uid, int Sequence, string Organiser, string Attendee, string PartStat, string From)
{
    /// <summary>
    /// The REPLY in <paramref name="message"/>, or null when it carries none. The calendar is read from a
    /// <c>text/calendar</c> part with <c>method=REPLY</c> (Outlook: inside multipart/alternative; Thunderbird: beside
    /// the text in multipart/mixed, often also as an <c>.ics</c> attachment), whichever comes first.
    /// </summary>
    public static CalendarReply? Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
        foreach (var part in message.BodyParts.OfType<TextPart>())
        {
            var type = part.ContentType;
            var calendarType = type.IsMimeType("text", "calendar") || type.IsMimeType("application", "ics");
            if (!calendarType || !Method(part.Text).Equals("REPLY", StringComparison.OrdinalIgnoreCase))
                continue;
            Calendar? calendar;
            try
            {
                calendar = Calendar.Load(part.Text);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                continue;
            }

            var e2 = calendar?.Events.FirstOrDefault();
            var attendee = e2?.Attendees.FirstOrDefault();
            if (e2?.Uid is null || attendee?.Value is null)
                continue;
            return new CalendarReply(e2.Uid, e2.Sequence, Address(e2.Organizer?.Value), Address(attendee.Value),
                (attendee.ParticipationStatus ?? "").ToUpperInvariant(), from);
        }

        return null;
    }

    /// <summary>The METHOD line of an iCalendar text ("" when absent).</summary>
    private static string Method(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("METHOD:", StringComparison.OrdinalIgnoreCase))
                return line[7..].Trim();
        }

        return "";
    }

    /// <summary>The address of a <c>mailto:</c> URI (any case of the scheme), lower-cased.</summary>
    private static string Address(Uri? uri)
    {
        if (uri is null)
            return "";
        var text = Uri.UnescapeDataString(uri.OriginalString);
        return (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? text[7..] : text).Trim().ToLowerInvariant();
    }
}
