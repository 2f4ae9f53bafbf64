using Dapper;
using System.Data.Common;
using Planner.Http;

namespace Planner.Data;

/// <summary>
/// Optimistic concurrency: every record has a <c>version</c> that each change increments.
/// A change names the version it was based on; if that is no longer current the change
/// is refused with 409, and if the record is gone with 404.
/// </summary>
public static class Versioned
{
    /// <summary>
    /// Runs <paramref name="sql"/>, an UPDATE or DELETE of one row of <paramref name="table"/> whose
    /// WHERE clause includes <c>id = @id AND version = @version</c>; throws 404 or 409 when no row matched.
    /// </summary>
    public static async Task ChangeAsync(this DbConnection connection, DbTransaction transaction,
        Table table, long id, long version, string sql, object parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var changed = await connection.ExecuteAsync(sql, parameters, transaction);
        if (changed == 1)
            return;
        await connection.EnsureVersionAsync(transaction, table, id, version);
    }

    /// <summary>Throws 404 if the row does not exist, 409 if its version differs from <paramref name="version"/> (when given).</summary>
    public static async Task EnsureVersionAsync(this DbConnection connection, DbTransaction? transaction,
        Table table, long id, long? version, string versionColumn = "version")
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(table);
        var current = await connection.ExecuteScalarAsync<long?>(
            $"SELECT {versionColumn} FROM {table.Name} WHERE id = @id", new { id }, transaction);
        if (current is null)
            throw PlannerException.NotFound(table.What, id);
        if (version is not null && current != version)
            throw PlannerException.Stale(table.What, id, version.Value);
    }

    /// <summary>
    /// The delete of every record: checks the row exists and (when given) its version, runs
    /// <paramref name="before"/> (a refusal while other records depend on it), and deletes it, in one transaction.
    /// </summary>
    public static async Task DeleteAsync(this Db db, Table table, long id, long? version, CancellationToken cancellationToken,
        Func<DbConnection, DbTransaction, Task>? before = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(table);
        await db.WriteAsync(async (c, tx) =>
        {
            await c.EnsureVersionAsync(tx, table, id, version);
            if (before is not null)
                await before(c, tx);
            return await c.ExecuteAsync($"DELETE FROM {table.Name} WHERE id = @id", new { id }, tx);
        }, cancellationToken);
    }

    /// <summary>Throws 404 unless a row with <paramref name="id"/> exists in <paramref name="table"/>.</summary>
    public static Task EnsureExistsAsync(this DbConnection connection, DbTransaction? transaction, Table table, long id) =>
        connection.EnsureVersionAsync(transaction, table, id, null);

    /// <summary>True if a row with <paramref name="id"/> exists in <paramref name="table"/>.</summary>
    public static async Task<bool> ExistsAsync(this DbConnection connection, DbTransaction? transaction, Table table, long id) =>
        await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table.Name} WHERE id = @id", new { id }, transaction) > 0;

    /// <summary>
    /// True if <paramref name="id"/> (when given) names a row of <paramref name="table"/>; otherwise records "There is no party with
    /// id 9." against <paramref name="field"/> (code <c>party.notFound</c>, argument <c>id</c>) and the request goes on, so that
    /// one answer names every fault.
    /// </summary>
    public static async Task<bool> ExistsAsync(this Check check, DbConnection connection, DbTransaction? transaction, Table table, string field, long? id)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(table);
        if (id is not { } value || await connection.ExistsAsync(transaction, table, value))
            return true;
        check.Fail(field, $"There is no {table.What} with id {value}.", ErrorCode.Known(PlannerException.CodeOf(table.What) + ".notFound", ErrorCode.RecordNotFound),
            ("id", value));
        return false;
    }
}

/// <summary>A table of records with an id, and what a person calls one of them in messages.</summary>
public sealed record Table(string Name, string What)
{
    public static readonly Table Party = new("party", "party");
    public static readonly Table PartyStatus = new("party_status", "party status");
    public static readonly Table Person = new("person", "person");
    public static readonly Table Venue = new("venue", "venue");
    public static readonly Table Series = new("series", "series");
    public static readonly Table Event = new("event", "event");
    public static readonly Table Participation = new("participation", "participation");
    public static readonly Table Session = new("agenda_session", "agenda session");
    public static readonly Table Blackout = new("blackout", "blackout period");
    public static readonly Table Token = new("api_token", "token");
    public static readonly Table OutcomeDecision = new("outcome_decision", "decision");
    public static readonly Table OutcomeDocument = new("outcome_document", "outcome document");
    public static readonly Table PlanningMeeting = new("planning_meeting", "planning meeting");
    public static readonly Table ActionItem = new("action_item", "action item");
    public static readonly Table Objective = new("objective", "objective");
    public static readonly Table Inject = new("inject", "inject");
    public static readonly Table Observation = new("observation", "observation");
    public static readonly Table Finding = new("finding", "finding");
    public static readonly Table CorrectiveAction = new("corrective_action", "corrective action");
}
