using Microsoft.Data.Sqlite;
using Planner.Data;

namespace Planner.Tests.Support;

/// <summary>
/// A SQLite file of its own in a temporary folder, migrated up to (and including) a named script, for a test that
/// fills it as an older Planner would and then runs the later migrations; the folder is deleted on dispose.
/// </summary>
public sealed class ScratchDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));

    public ScratchDatabase(string upTo)
    {
        Db = new Db(Path.Combine(_folder, "planner.db"));
        new Migrator(Db).Upgrade(upTo: upTo);
    }

    public Db Db { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
