using NodaTime;
using Planner.Documents.Composer;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>What a note verbale says besides the event: its number, date, addressee, the reply details and link.</summary>
/// <param name="Number">The outgoing register number.</param>
/// <param name="IssuedOn">The date the note carries (taken with its number).</param>
/// <param name="Addressee">The addressee in the note's language, in the form a note uses (Russian: dative).</param>
/// <param name="ReplyBy">The last day replies are taken.</param>
/// <param name="Quota">The most people the delegation may number.</param>
/// <param name="RsvpUrl">The party's RSVP link, printed and drawn as a QR code.</param>
public sealed record NoteFacts(string Number, LocalDate IssuedOn, string Addressee, LocalDate ReplyBy, int Quota, string RsvpUrl);

/// <summary>
/// The note verbale inviting a party: emblem, the secretariat's name, the register number, the opening formula
/// ("… presents its compliments to … and has the honour to invite …"), the meeting with its dates and venue, the
/// reply deadline and quota with the RSVP link and its QR code, the closing formula, and place and date written out.
/// Every fixed text comes from the document labels of the note's language.
/// </summary>
public static class NoteVerbale
{
    private const float Left = 76;
    private const float Width = 595.28f - (2 * Left);
    private const float Size = 11.5f;

    public static Sheet Compose(FontSet fonts, EventFacts facts, NoteFacts note, Labels l)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(l);
        var page = new Sheet(fonts, SheetWriter.A4.Width, SheetWriter.A4.Height);
        var centre = SheetWriter.A4.Width / 2;
        page.Image(Emblem.Bytes, new SKRect(centre - 32, 48, centre + 32, 112));
        var y = page.Paragraph([new Span(l["org.full"])], Left, 122, Width, 9, TextAnchor.Middle, Grey);
        y = page.Paragraph([new Span(l["noteVerbale"], Bold: true)], Left, y + 14, Width, 13, TextAnchor.Middle);
        page.Text(Fill(l["noteNumber"], ("number", note.Number)), Left, y + 14, 10.5f);

        var words = Words(facts, note, l);
        y += 42;
        foreach (var key in new[] { "noteOpening", "noteVenue", "noteReply" })
            y = page.Paragraph([new Span(Fill(l[key], words))], Left, y, Width, Size, leading: 1.5f) + 8;

        var qr = QrSquares.Of(note.RsvpUrl);
        const float side = 84;
        qr.Draw(page, Left, y + 2, side);
        var linkTop = page.Paragraph([new Span(l["noteLink"], Italic: true)], Left + side + 14, y + 10, Width - side - 14, 9.5f, color: Grey);
        // The link on one line, smaller if need be, so that it copies whole.
        page.Text(note.RsvpUrl, Left + side + 14, linkTop + 10, page.FitSize(note.RsvpUrl, Width - side - 14, 12, 9.5f, 5, maxLines: 1));
        y += side + 18;

        y = page.Paragraph([new Span(Fill(l["noteClosing"], words))], Left, y, Width, Size, leading: 1.5f) + 24;
        var placeDate = Fill(l["notePlaceDate"], ("place", l["notePlace"]), ("date", note.IssuedOn.ToString(l["noteDatePattern"], l.Culture)));
        page.Text(placeDate, Left + Width, y, Size, anchor: TextAnchor.End);

        // The addressee again at the foot, as notes are addressed: capitalised, on its own.
        var foot = note.Addressee.Length > 0 ? char.ToUpper(note.Addressee[0], l.Culture) + note.Addressee[1..] : "";
        page.Paragraph([new Span(foot, Bold: true)], Left, 742, Width * 0.6f, 10);
        return page;
    }

    /// <summary>The note's subject as the register keeps it ("Invitation to the 47th meeting of …").</summary>
    public static string Subject(EventFacts facts, Labels l)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(l);
        return Fill(l["noteSubject"], ("event", l.Text(facts.Event.Title)));
    }

    private static (string, string)[] Words(EventFacts facts, NoteFacts note, Labels l) =>
    [
        ("sender", l["noteSender"]),
        ("senderShort", l["noteSenderShort"]),
        ("addressee", note.Addressee),
        ("event", l.Text(facts.Event.Title)),
        ("dates", Layouts.Dates(facts.Event, l, "noteDatePattern")),
        ("venue", Venues.Venue.Join(Language.Parse(l.Language), l.Text(facts.Venue.Name), l.Text(facts.Venue.City))),
        ("deadline", note.ReplyBy.ToString(l["noteDatePattern"], l.Culture)),
        ("quota", note.Quota.ToString(l.Culture)),
    ];

    /// <summary>Replaces each <c>{name}</c> of <paramref name="template"/> with its value.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
            template = template.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return template;
    }

    private static readonly SKColor Grey = new(0x55, 0x5B, 0x66);
}
