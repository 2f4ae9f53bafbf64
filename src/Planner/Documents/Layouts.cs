using System.Globalization;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Http;
using Planner.Venues;

namespace Planner.Documents;

/// <summary>The three printed documents of an event.</summary>
public enum DocumentKind
{
    Agenda,
    Participants,
    Outcome,
}

/// <summary>What every document says about its event: the event, where, and which state chairs it.</summary>
public sealed record EventFacts(Event Event, Venue Venue, LocalizedText? Chair);

/// <summary>One person of a delegation as printed: head first, then members.</summary>
public sealed record PrintedDelegate(LocalizedText Name, LocalizedText Title, bool IsHead);

/// <summary>A participating party with its delegation, for the list of participants.</summary>
public sealed record PrintedParty(LocalizedText Name, IReadOnlyList<PrintedDelegate> Delegates);

/// <summary>A group of the list of participants (members, observers, …), parties in order of precedence.</summary>
public sealed record PrintedGroup(ParticipationRole Role, IReadOnlyList<PrintedParty> Parties);

/// <summary>Turns an event's data into the blocks of its agenda, list of participants or outcome document.</summary>
public static class Layouts
{
    public static DocumentSpec Agenda(EventFacts facts, Agenda agenda, Labels l)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(l);
        var blocks = Intro(facts, l, l["agenda"]);
        if (agenda.Days.Count == 0)
            blocks.Add(new Paragraph(l["noSessions"]));
        else
            blocks.Add(new Paragraph([new Span(LocalTime(facts.Event, l), Italic: true)], 9.5f));
        var number = 0;
        foreach (var day in agenda.Days)
        {
            blocks.Add(new Heading(l.Date(day.Date), 2));
            foreach (var session in day.Sessions)
            {
                var time = string.Create(CultureInfo.InvariantCulture, $"{session.Start:HH:mm}–{session.End:HH:mm}");
                var title = l.Text(session.Title);
                blocks.Add(new Heading(title.Length == 0 ? time : $"{time}  {title}", 3));
                var details = new List<Span>();
                if (session.Room.En.Length > 0)
                    details.AddRange([new Span(l.Labelled("room"), Italic: true), new Span(l.Text(session.Room))]);
                if (session.ChairName is not null)
                    details.AddRange([new Span((details.Count > 0 ? " · " : "") + l.Labelled("sessionChair"), Italic: true), new Span(l.Text(session.ChairName))]);
                if (details.Count > 0)
                    blocks.Add(new Paragraph(details, 9.5f) { KeepWithNext = true });
                if (session.Items.Count == 0)
                    continue;
                blocks.Add(new Table([0.7f, 5.3f, 3.6f], [new Cell(l["number"]), new Cell(l["item"]), new Cell(l["speakers"])],
                    session.Items.Select(item => (IReadOnlyList<Cell>)
                    [
                        new Cell((++number).ToString(CultureInfo.InvariantCulture)),
                        new Cell(item.Notes.Length == 0 ? [new Span(l.Text(item.Title))] : [new Span(l.Text(item.Title) + "\n"), new Span(item.Notes, Italic: true)]),
                        new Cell(item.Speakers.SelectMany((s, i) => (Span[])
                            [new Span((i > 0 ? "\n" : "") + l.Text(s.Name), Bold: true), new Span(s.Title.En.Length > 0 ? "\n" + l.Text(s.Title) : "", Italic: true)]).ToList()),
                    ]).ToList()));
            }
        }

        return Spec(facts, l, l["agenda"], blocks);
    }

    public static DocumentSpec Participants(EventFacts facts, IReadOnlyList<PrintedGroup> groups, Labels l)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(l);
        var blocks = Intro(facts, l, l["participants"]);
        foreach (var group in groups)
        {
            blocks.Add(new Heading(l[Data.Enums.Name(group.Role)], 2));
            var rows = new List<IReadOnlyList<Cell>>();
            foreach (var party in group.Parties)
            {
                if (party.Delegates.Count == 0)
                    rows.Add([new Cell(l.Text(party.Name), bold: true), new Cell("—"), new Cell("")]);
                for (var i = 0; i < party.Delegates.Count; i++)
                {
                    var d = party.Delegates[i];
                    var name = d.IsHead
                        ? new Cell([new Span(l.Text(d.Name), Bold: true), new Span("\n" + l["headOfDelegation"], Italic: true)])
                        : new Cell(l.Text(d.Name));
                    var partyCell = i == 0 ? new Cell(l.Text(party.Name), bold: true)
                        : new Cell("") { OnNewPage = [new Span(l.Text(party.Name), Bold: true), new Span(" " + l["continued"], Italic: true)] };
                    rows.Add([partyCell, name, new Cell(l.Text(d.Title))]);
                }
            }

            blocks.Add(new Table([2.6f, 3.2f, 4.2f], [new Cell(l["delegation"]), new Cell(l["name"]), new Cell(l["position"])], rows));
        }

        return Spec(facts, l, l["participants"], blocks);
    }

    public static DocumentSpec Outcome(EventFacts facts, Outcome outcome, Labels l)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(l);
        var blocks = Intro(facts, l, l["outcome"]);
        blocks.Add(new Heading(l["decisions"], 2));
        if (outcome.Decisions.Count == 0)
            blocks.Add(new Paragraph(l["none"]));
        foreach (var decision in outcome.Decisions)
        {
            var text = l.Text(decision.Text);
            blocks.Add(new Paragraph([new Span($"{decision.Number}. {l.Text(decision.Title)}", Bold: true)]) { KeepWithNext = text.Length > 0, SpaceAfter = 2 });
            if (text.Length > 0)
                blocks.Add(new Paragraph(text) { SpaceAfter = 8 });
        }

        var signed = outcome.Documents.Where(d => d.Adoption == Adoption.Signed).ToList();
        blocks.Add(new Heading(l["signedDocuments"], 2));
        if (signed.Count == 0)
            blocks.Add(new Paragraph(l["none"]));
        foreach (var document in signed)
        {
            blocks.Add(new Heading($"{document.Number}. {l.Text(document.Title)}", 3));
            blocks.Add(new Table([2.6f, 3.2f, 4.2f], [new Cell(l["state"]), new Cell(l["signatory"]), new Cell(l["position"])],
                document.Signatories.Select(s => (IReadOnlyList<Cell>)[new Cell(l.Text(s.Party), bold: true), new Cell(l.Text(s.Name)), new Cell(l.Text(s.Title))]).ToList()));
        }

        var adopted = outcome.Documents.Where(d => d.Adoption == Adoption.AdoptedWithoutSigning).ToList();
        blocks.Add(new Heading(l["adoptedWithoutSigning"], 2));
        if (adopted.Count == 0)
            blocks.Add(new Paragraph(l["none"]));
        else
            blocks.Add(new BulletList(adopted.Select(d => (IReadOnlyList<Span>)[new Span($"{d.Number}. {l.Text(d.Title)}")]).ToList()));
        return Spec(facts, l, l["outcome"], blocks);
    }

    /// <summary>
    /// The event's days written out: one date, or first – last (an end at midnight ends the day before), in the
    /// language's date pattern or the one given (a label's key, e.g. the note's "15 апреля 2027 года").
    /// </summary>
    public static string Dates(Event e, Labels l, string? patternKey = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(l);
        var start = e.Start.Date;
        var end = e.End.Date;
        if (e.End.TimeOfDay == NodaTime.LocalTime.Midnight && end > start)
            end = end.PlusDays(-1);
        string Date(NodaTime.LocalDate d) => patternKey is null ? l.Date(d) : d.ToString(l[patternKey], l.Culture);
        return start == end ? Date(start) : $"{Date(start)} – {Date(end)}";
    }

    /// <summary>
    /// The zone the agenda's times are in, named once: "(время местное, UTC+03:00)"; both offsets when the event
    /// spans a change of daylight saving time ("UTC+01:00 / UTC+02:00").
    /// </summary>
    private static string LocalTime(Event e, Labels l)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[e.TimeZone];
        var offsets = new[] { zone.GetUtcOffset(e.StartAt), zone.GetUtcOffset(e.EndAt) }.Distinct()
            .Select(o => "UTC" + NodaTime.Text.OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(o));
        return l["localTime"].Replace("{offset}", string.Join(" / ", offsets), StringComparison.Ordinal);
    }

    private static List<Block> Intro(EventFacts facts, Labels l, string documentLabel)
    {
        var e = facts.Event;
        var dates = Dates(e, l);
        var blocks = new List<Block>
        {
            new Picture(Emblem.Bytes, 54),
            new Paragraph(l["org.full"], size: 9, align: Align.Center) { SpaceAfter = 10 },
            new Heading(documentLabel, 1),
            new Paragraph(l.Text(e.Title), bold: true, size: 12) { SpaceAfter = 6 },
            new Paragraph([new Span(l.Labelled("date"), Italic: true), new Span(dates)]) { SpaceAfter = 1 },
            new Paragraph([new Span(l.Labelled("venue"), Italic: true), new Span(Venue.Join(Language.Parse(l.Language), l.Text(facts.Venue.Name), l.Text(facts.Venue.City)))]) { SpaceAfter = 1 },
        };
        if (facts.Chair is not null)
            blocks.Add(new Paragraph([new Span(l.Labelled("chair"), Italic: true), new Span(l.Text(facts.Chair))]) { SpaceAfter = 1 });
        blocks.Add(new Spacer(10));
        return blocks;
    }

    private static DocumentSpec Spec(EventFacts facts, Labels l, string documentLabel, List<Block> blocks)
    {
        var e = facts.Event;
        var draft = e.Status is EventStatus.Draft or EventStatus.Planned;
        return new DocumentSpec($"{documentLabel} — {l.Text(e.Title)}", l["org.committee"], l.Language, l["org.short"],
            draft ? l["draft"] : "", e.Status == EventStatus.Draft ? l["draft"] : "", l["page"], blocks)
        {
            RunningTitle = documentLabel,
            FooterNote = l.UntranslatedNote,
        };
    }
}
