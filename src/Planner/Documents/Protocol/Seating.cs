using Planner.Events;
using Planner.Http;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>A delegation's seat on a plan: its box, the delegation's name, and whether the chair sits there.</summary>
public sealed record Seat(SKRect Box, LocalizedText Name, string Code, bool IsChair);

/// <summary>A caption of a plan (the name of a table or a row), its baseline starting at (X, Y).</summary>
public sealed record Caption(string Key, float X, float Y);

/// <summary>
/// A seating plan laid out in points on a canvas of <see cref="Width"/> × <see cref="Height"/>: table tops as
/// circles (round) or rectangles (rectangular; a U as three), the seats, and the captions of the other tables and rows
/// (keys of the document labels: <c>observer</c>, <c>internationalOrganisation</c>, …). The PDF and the event page's
/// SVG both draw this one layout.
/// </summary>
public sealed record SeatingLayout(float Width, float Height, IReadOnlyList<SKRect> Circles, IReadOnlyList<SKRect> Rects,
    IReadOnlyList<Seat> Seats, IReadOnlyList<Caption> Captions);

/// <summary>
/// Seats an event's delegations: the chair at the head of the main table with the secretariat beside the chair; the
/// member states placed by the event's rule (in order of precedence clockwise from the chair, or alternately to the
/// chair's right and left); observer states at a separate table; dialogue partners, international organisations and
/// guests each in their own row. Parties that declined have already left the groups given.
/// </summary>
public static class Seating
{
    public const float SeatWidth = 104;
    public const float SeatHeight = 40;
    private const float CanvasWidth = 800;
    private const float Gap = 12;

    public static SeatingLayout Arrange(IReadOnlyList<ParticipantGroup> groups, long? chairPartyId, SeatingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(settings);
        var of = groups.ToDictionary(g => g.Role, g => g.Parties);
        var members = of.GetValueOrDefault(ParticipationRole.Member) ?? [];
        var secretariat = of.GetValueOrDefault(ParticipationRole.Secretariat) ?? [];
        var chair = groups.SelectMany(g => g.Parties).FirstOrDefault(p => p.PartyId == chairPartyId) ?? members.FirstOrDefault();
        var others = members.Where(m => m != chair).ToList();
        var ring = Order(chair, others, secretariat.Where(s => s != chair).ToList(), settings.Rule);

        var seats = new List<Seat>();
        var circles = new List<SKRect>();
        var rects = new List<SKRect>();
        var captions = new List<Caption>();
        var bottom = 20f;
        if (ring.Count > 0)
        {
            var points = settings.Shape switch
            {
                TableShape.Round => Round(ring.Count, circles),
                TableShape.Rectangular => Along(Rectangle(ring.Count, rects), closed: true, ring.Count),
                _ => Along(UShape(ring.Count, rects), closed: false, ring.Count),
            };
            for (var i = 0; i < ring.Count; i++)
            {
                var p = ring[i];
                seats.Add(new Seat(SKRect.Create(points[i].X - (SeatWidth / 2), points[i].Y - (SeatHeight / 2), SeatWidth, SeatHeight),
                    p.Name, p.Code, p == chair && chairPartyId is not null));
            }

            bottom = seats.Max(s => s.Box.Bottom) + 36;
        }

        // Observer states at their own table, facing the main one; the other groups in rows.
        foreach (var role in new[] { ParticipationRole.Observer, ParticipationRole.DialoguePartner, ParticipationRole.InternationalOrganisation, ParticipationRole.Guest })
        {
            // The chair's delegation sits at the head even when it takes part in another capacity.
            var parties = (of.GetValueOrDefault(role) ?? []).Where(p => p != chair).ToList();
            if (parties.Count == 0)
                continue;
            captions.Add(new Caption(Data.Enums.Name(role), 20, bottom));
            var perRow = (int)((CanvasWidth - 40 + Gap) / (SeatWidth + Gap));
            var top = bottom + 10;
            for (var i = 0; i < parties.Count; i += perRow)
            {
                var row = parties.Skip(i).Take(perRow).ToList();
                var width = (row.Count * (SeatWidth + Gap)) - Gap;
                var x = (CanvasWidth - width) / 2;
                if (role == ParticipationRole.Observer)
                {
                    // Their table between them and the main table, which they face.
                    rects.Add(SKRect.Create(x - 8, top, width + 16, 26));
                    top += 30;
                }

                for (var j = 0; j < row.Count; j++)
                    seats.Add(new Seat(SKRect.Create(x + (j * (SeatWidth + Gap)), top, SeatWidth, SeatHeight), row[j].Name, row[j].Code, false));
                top += SeatHeight + Gap;
            }

            bottom = top + 28;
        }

        return new SeatingLayout(CanvasWidth, bottom, circles, rects, seats, captions);
    }

    /// <summary>
    /// The main table's delegations in seat order clockwise from the head seat. Clockwise: the chair, the members in
    /// precedence, then the secretariat, which so sits at the chair's other side. Alternating: the secretariat at the
    /// chair's left, the first member at the chair's right (the seat before the chair, counter-clockwise), the
    /// second at the left after the secretariat, and so on.
    /// </summary>
    public static IReadOnlyList<Participant> Order(Participant? chair, IReadOnlyList<Participant> members, IReadOnlyList<Participant> secretariat,
        SeatingRule rule)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(secretariat);
        var count = (chair is null ? 0 : 1) + members.Count + secretariat.Count;
        var seats = new Participant?[count];
        var left = 0;
        if (chair is not null)
            seats[left++] = chair;
        if (rule == SeatingRule.Clockwise)
        {
            foreach (var member in members)
                seats[left++] = member;
            for (var i = 0; i < secretariat.Count; i++)
                seats[count - 1 - i] = secretariat[i];
            return seats.Select(s => s!).ToList();
        }

        foreach (var s in secretariat)
            seats[left++] = s;
        var right = count - 1;
        for (var i = 0; i < members.Count; i++)
            seats[i % 2 == 0 ? right-- : left++] = members[i];
        return seats.Select(s => s!).ToList();
    }

    /// <summary>Seat centres around a round table, the first at the top, going clockwise.</summary>
    private static List<SKPoint> Round(int count, List<SKRect> circles)
    {
        // Neighbours at the top and bottom stand side by side: far enough apart for two boxes.
        var seatRadius = count < 4 ? 150 : Math.Max(150, (SeatWidth + 8) / MathF.Sin(2 * MathF.PI / count));
        var centre = new SKPoint(CanvasWidth / 2, 30 + seatRadius);
        var table = seatRadius - 42;
        circles.Add(new SKRect(centre.X - table, centre.Y - table, centre.X + table, centre.Y + table));
        return Enumerable.Range(0, count).Select(i =>
        {
            var angle = 2 * MathF.PI * i / count;
            // Boxes are wider than tall: those at the sides stand further out so they clear the table.
            var r = seatRadius + (MathF.Abs(MathF.Sin(angle)) * 20);
            return new SKPoint(centre.X + (r * MathF.Sin(angle)), centre.Y - (r * MathF.Cos(angle)));
        }).ToList();
    }

    /// <summary>The path seats follow around a rectangular table, clockwise from the middle of the top side.</summary>
    private static List<SKPoint> Rectangle(int count, List<SKRect> rects)
    {
        var perSide = Math.Max(2, (int)Math.Ceiling(count / 3.0));
        var width = Math.Max(300, perSide * (SeatWidth + Gap));
        var height = Math.Max(120, (count / 6) * (SeatHeight + 20));
        var table = SKRect.Create((CanvasWidth - width) / 2, 60, width, height);
        rects.Add(table);
        var o = table;
        o.Inflate((SeatWidth / 2) + 10, 30);
        return [new(o.MidX, o.Top), new(o.Right, o.Top), new(o.Right, o.Bottom), new(o.Left, o.Bottom), new(o.Left, o.Top), new(o.MidX, o.Top)];
    }

    /// <summary>The path seats follow outside a U open at the bottom: from the middle of the closed side, clockwise, round to it.</summary>
    private static List<SKPoint> UShape(int count, List<SKRect> rects)
    {
        var width = Math.Max(360, Math.Min(CanvasWidth - 260, (count / 3f) * (SeatWidth + Gap)));
        var arm = Math.Max(160, (count / 3f) * (SeatHeight + 16));
        var top = SKRect.Create((CanvasWidth - width) / 2, 60, width, 40);
        rects.Add(top);
        rects.Add(SKRect.Create(top.Left, top.Bottom, 40, arm));
        rects.Add(SKRect.Create(top.Right - 40, top.Bottom, 40, arm));
        var o = SKRect.Create(top.Left, top.Top, top.Width, 40 + arm);
        o.Inflate((SeatWidth / 2) + 10, 30);
        return [new(o.MidX, o.Top), new(o.Right, o.Top), new(o.Right, o.Bottom - 20), new(o.Left, o.Bottom - 20), new(o.Left, o.Top), new(o.MidX, o.Top)];
    }

    /// <summary>
    /// <paramref name="count"/> points spaced evenly along a path that starts and ends at the head seat, the first at
    /// the head; an open path (a U) skips its third leg, the open end.
    /// </summary>
    private static List<SKPoint> Along(List<SKPoint> path, bool closed, int count)
    {
        var legs = Enumerable.Range(0, path.Count - 1).Select(i => (From: path[i], To: path[i + 1])).ToList();
        var used = legs.Where((_, i) => closed || i != 2).ToList();
        var total = used.Sum(l => SKPoint.Distance(l.From, l.To));
        var step = total / count;
        var points = new List<SKPoint>();
        for (var k = 0; k < count; k++)
        {
            var at = k * step;
            foreach (var (from, to) in used)
            {
                var length = SKPoint.Distance(from, to);
                if (at <= length || (from, to) == used[^1])
                {
                    var t = length == 0 ? 0 : Math.Min(1, at / length);
                    points.Add(new SKPoint(from.X + ((to.X - from.X) * t), from.Y + ((to.Y - from.Y) * t)));
                    break;
                }

                at -= length;
            }
        }

        return points;
    }
}
