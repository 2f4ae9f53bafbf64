using System.Data.Common;

namespace Planner.Events;

/// <summary>
/// Told of an event's changes inside the transaction that makes them, so what follows from a change (the
/// mail that announces it to the invited parties) is recorded with it or not at all. Implemented by the
/// capabilities that care (invitations); the events capability knows none of them.
/// </summary>
public interface IEventObserver
{
    /// <summary>The event changed from <paramref name="before"/> to <paramref name="after"/> (time, venue, status, ...).</summary>
    Task ChangedAsync(DbConnection c, DbTransaction tx, Event before, Event after, CancellationToken cancellationToken);

    /// <summary>The party no longer takes part in the event.</summary>
    Task PartyRemovedAsync(DbConnection c, DbTransaction tx, Event e, long partyId, CancellationToken cancellationToken);

    /// <summary>The transaction that changed the event committed (work that is not part of the database, such as scheduler triggers).</summary>
    Task CommittedAsync(long eventId, CancellationToken cancellationToken);
}

/// <summary>Runs every <see cref="IEventObserver"/> in turn.</summary>
public sealed class EventObservers(IEnumerable<IEventObserver> observers)
{
    public async Task ChangedAsync(DbConnection c, DbTransaction tx, Event before, Event after, CancellationToken cancellationToken)
    {
        foreach (var o in observers)
            await o.ChangedAsync(c, tx, before, after, cancellationToken);
    }

    public async Task PartyRemovedAsync(DbConnection c, DbTransaction tx, Event e, long partyId, CancellationToken cancellationToken)
    {
        foreach (var o in observers)
            await o.PartyRemovedAsync(c, tx, e, partyId, cancellationToken);
    }

    public async Task CommittedAsync(long eventId, CancellationToken cancellationToken)
    {
        foreach (var o in observers)
            await o.CommittedAsync(eventId, cancellationToken);
    }
}
