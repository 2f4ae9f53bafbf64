using Planner.Data;

namespace Planner.Invitations;

/// <summary>
/// The outbox's claim, in both dialects: the one statement where SQLite and PostgreSQL need different text.
/// </summary>
/// <remarks>
/// A claim takes the oldest message that is queued and due, or in <c>sending</c> with its lease ended (or left by this
/// very host: its runs never overlap, so such a message is one a failed run of its own left behind), and gives it to
/// <c>@host</c> until <c>@until</c>. On PostgreSQL the message is chosen with <c>FOR UPDATE SKIP LOCKED</c>: two
/// hosts claiming at the same moment get two different messages and neither waits. SQLite has one writer at a time,
/// so the choice and the update are one step there; its text picks the two candidates by index rather than scanning
/// the sent messages in id order. Both re-check the state in the outer <c>WHERE</c>, so a message claimed in
/// between is never taken twice. Parameters: <c>@host</c>, <c>@now</c>, <c>@until</c> (Unix seconds). Returns the
/// row's <c>id</c> and <c>attempts</c> (this claim counted), or nothing when no message can be taken.
/// </remarks>
public static class OutboxSql
{
    private const string Takeable = "(state = 'queued' AND next_attempt_at <= @now) OR (state = 'sending' AND (lease_until < @now OR claimed_by = @host))";

    private const string Set = "UPDATE outbox SET state = 'sending', attempts = attempts + 1, claimed_by = @host, lease_until = @until";

    /// <summary>The claim for SQLite.</summary>
    public const string ClaimSqlite = Set + """

        WHERE id = (SELECT MIN(id) FROM (
                SELECT MIN(id) AS id FROM outbox WHERE state = 'queued' AND next_attempt_at <= @now
                UNION ALL
                SELECT MIN(id) FROM outbox WHERE state = 'sending' AND (lease_until < @now OR claimed_by = @host)) AS due)
          AND (
        """ + Takeable + """
        )
        RETURNING id, attempts
        """;

    /// <summary>The claim for PostgreSQL.</summary>
    public const string ClaimPostgres = Set + """

        WHERE id = (SELECT id FROM outbox WHERE
        """ + Takeable + """

                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
          AND (
        """ + Takeable + """
        )
        RETURNING id, attempts
        """;

    /// <summary>The claim for the database in use.</summary>
    public static string Claim(Dialect dialect) => dialect == Dialect.Postgres ? ClaimPostgres : ClaimSqlite;

    /// <summary>Extends the lease of a message this host is still sending (<c>@id</c>, <c>@host</c>, <c>@until</c>).</summary>
    public const string Renew = "UPDATE outbox SET lease_until = @until WHERE id = @id AND claimed_by = @host AND state = 'sending'";

    /// <summary>
    /// The condition every later change of a claimed message carries: it is still this host's. A host whose lease
    /// ended (it stalled longer than the lease) changes nothing; the host that took the message over decides.
    /// </summary>
    public const string Mine = "id = @id AND claimed_by = @host AND state = 'sending'";
}
