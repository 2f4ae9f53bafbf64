using System.Collections.Concurrent;

namespace Planner.Documents.Composer;

/// <summary>
/// What an object of the composer keeps of its own work (a font set's laid-out texts, a face file's subsets), up to
/// <paramref name="limit"/> entries: when full it is emptied and fills again. Owned by the object whose work it keeps,
/// so nothing is kept in a static by that object's identity.
/// </summary>
internal sealed class Kept<TKey, TValue>(int limit)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new();
    private int _count;

    public bool TryGet(TKey key, out TValue value) => _values.TryGetValue(key, out value!);

    /// <summary>The value kept for <paramref name="key"/>, or <paramref name="make"/>'s, kept from now on.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (_values.TryGetValue(key, out var known))
            return known;
        var value = make(key);
        Add(key, value);
        return _values.GetValueOrDefault(key, value);
    }

    /// <summary>Keeps <paramref name="value"/> unless a value is kept for <paramref name="key"/> already.</summary>
    public void Add(TKey key, TValue value)
    {
        if (_values.TryAdd(key, value) && Interlocked.Increment(ref _count) > limit)
        {
            // ConcurrentDictionary.Count takes every lock: a counter, approximate under races, bounds it instead.
            _values.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
    }
}
