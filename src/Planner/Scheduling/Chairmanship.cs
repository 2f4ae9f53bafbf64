using Dapper;
using System.Data.Common;
using Microsoft.Extensions.Options;
using NodaTime;
using Planner.Data;
using Planner.Parties;

namespace Planner.Scheduling;

/// <summary>Settings of the rotating chairmanship (section <c>Planner:Chairmanship</c>).</summary>
public sealed class ChairmanshipOptions
{
    /// <summary>Code of the state holding the first term (UZB for RATS SCO in 2021).</summary>
    public string StartParty { get; set; } = "UZB";

    /// <summary>The hand-over date (ISO, e.g. 2021-01-01) that starts the first term; later terms start every <see cref="TermMonths"/>.</summary>
    public string StartDate { get; set; } = "2021-01-01";

    public int TermMonths { get; set; } = 12;

    /// <summary>
    /// <c>precedence</c> (default): the next member after the current chair in the order of precedence
    /// (Russian alphabetical for the SCO). Otherwise a comma-separated list of state codes in the order
    /// the lots were drawn; members not in the list follow in precedence order.
    /// </summary>
    public string Order { get; set; } = "precedence";
}

/// <summary>One term of the chairmanship: from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive).</summary>
public sealed record ChairTerm(LocalDate From, LocalDate To, long PartyId, string Code, LocalizedText Name);

/// <summary>
/// The rotation of the chairmanship among member states. Each term goes to the first state, after
/// the outgoing chair in the rotation order, that is a member on the term's hand-over date — so a state
/// that joins takes its alphabetical place from its first full term, and one that leaves is skipped.
/// </summary>
public sealed class Chairmanship(IOptions<ChairmanshipOptions> options, Precedence precedence)
{
    private sealed record Member(long Id, string Code, string NameEn, string NameRu, string NameZh);

    /// <summary>The terms that overlap [<paramref name="from"/>, <paramref name="to"/>] (inclusive dates).</summary>
    public async Task<IReadOnlyList<ChairTerm>> TermsAsync(DbConnection c, DbTransaction? tx, LocalDate from, LocalDate to)
    {
        ArgumentNullException.ThrowIfNull(c);
        var o = options.Value;
        var terms = new List<ChairTerm>();
        var start = Sql.Date(o.StartDate);
        Member? chair = null;
        for (var guard = 0; start <= to && guard < 1000; guard++)
        {
            var end = start.PlusMonths(o.TermMonths);
            chair = await NextAsync(c, tx, start, chair, o);
            if (chair is not null && end > from)
                terms.Add(new ChairTerm(start, end, chair.Id, chair.Code, new LocalizedText(chair.NameEn, chair.NameRu, chair.NameZh)));
            start = end;
        }

        return terms;
    }

    /// <summary>The state chairing on <paramref name="day"/>, or null before the first term or with no members.</summary>
    public async Task<long?> ChairOnAsync(DbConnection c, DbTransaction? tx, LocalDate day) =>
        (await TermsAsync(c, tx, day, day)).FirstOrDefault(t => t.From <= day && day < t.To)?.PartyId;

    private async Task<Member?> NextAsync(DbConnection c, DbTransaction? tx, LocalDate handOver, Member? outgoing, ChairmanshipOptions o)
    {
        var members = (await c.QueryAsync<Member>(
            $"""
            SELECT p.id, p.code, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh
            FROM party p JOIN party_status s ON s.party_id = p.id
            WHERE p.kind = 'state' AND s.status = 'member' AND s.valid_from <= @day AND (s.valid_to IS NULL OR s.valid_to > @day)
            ORDER BY {precedence.OrderBy("p.name_")}
            """, new { day = Sql.Text(handOver) }, tx)).ToList();
        if (members.Count == 0)
            return null;
        if (outgoing is null)
            return members.FirstOrDefault(m => m.Code == o.StartParty.ToUpperInvariant()) ?? members[0];

        if (!string.Equals(o.Order, "precedence", StringComparison.OrdinalIgnoreCase))
        {
            // Drawn states first, in the order drawn; members not on the drawn list follow in order of precedence.
            var drawn = o.Order.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(x => x.ToUpperInvariant()).ToList();
            int Rank(Member m) => drawn.IndexOf(m.Code) is var i && i >= 0 ? i : int.MaxValue;
            var ordered = members.OrderBy(Rank).ToList();
            var at = ordered.FindIndex(m => m.Id == outgoing.Id);
            if (at >= 0)
                return ordered[(at + 1) % ordered.Count];
            var position = drawn.IndexOf(outgoing.Code);
            return (position >= 0
                ? ordered.FirstOrDefault(m => Rank(m) > position)
                : ordered.FirstOrDefault(m => Rank(m) == int.MaxValue && Collations.Compare(precedence.Language, NameOf(m), NameOf(outgoing)) > 0))
                ?? ordered[0];
        }

        // The next member after the outgoing chair's name in alphabetical order, wrapping round; the outgoing
        // chair need not be a member any more (its name still marks its place in the order).
        var outgoingName = NameOf(outgoing);
        return members.FirstOrDefault(m => Collations.Compare(precedence.Language, NameOf(m), outgoingName) > 0) ?? members[0];
    }

    private string NameOf(Member m) => precedence.Language switch
    {
        "ru" => m.NameRu,
        "zh" => m.NameZh,
        _ => m.NameEn,
    };
}
