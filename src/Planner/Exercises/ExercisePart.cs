using Dapper;
using System.Data.Common;
using Planner.Data;

namespace Planner.Exercises;

/// <summary>
/// A kind of record that hangs from an exercise through a parent record: a planning meeting's action items, an
/// objective's observations and findings, a finding's corrective actions. One way to add or change any of them.
/// </summary>
/// <param name="Table">The records' table.</param>
/// <param name="Parent">The table of the records they are added to.</param>
/// <param name="Insert">Adds one record and returns its id (<c>INSERT … RETURNING id</c>).</param>
/// <param name="Update">Changes one record: <c>UPDATE … WHERE id = @… AND version = @Version</c>, incrementing the version.</param>
internal sealed record ExercisePart(Table Table, Table Parent, string Insert, string Update)
{
    /// <summary>
    /// Adds a record to <paramref name="parentId"/> (<paramref name="id"/> null) or changes record <paramref name="id"/> of
    /// <paramref name="version"/>, with the parameters <paramref name="values"/>; returns the record's id.
    /// </summary>
    /// <param name="beforeAdd">Runs once the parent is known to belong to the exercise, before the record is added.</param>
    /// <param name="beforeChange">Runs once the record is known to belong to the exercise, before it is changed.</param>
    /// <exception cref="PlannerException">NotFound unless the parent or record belongs to the exercise <paramref name="eventId"/>; Stale for an old version.</exception>
    public async Task<long> SaveAsync(DbConnection c, DbTransaction tx, long eventId, long? parentId, long? id, long? version, object values,
        Func<Task>? beforeAdd = null, Func<Task>? beforeChange = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (id is null)
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Parent, parentId!.Value, eventId);
            if (beforeAdd is not null)
                await beforeAdd();
            return await c.ExecuteScalarAsync<long>(Insert, values, tx);
        }

        await ExerciseStore.EnsureOwnedAsync(c, tx, Table, id.Value, eventId);
        if (beforeChange is not null)
            await beforeChange();
        await c.ChangeAsync(tx, Table, id.Value, version!.Value, Update, values);
        return id.Value;
    }
}
