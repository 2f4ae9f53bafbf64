namespace Planner.Tests.Support;

/// <summary>One Planner host with the demo data, shared by the tests of a class.</summary>
public class DemoFixture : IDisposable
{
    public DemoFixture()
        : this(TestDatabase.Sqlite)
    {
    }

    protected DemoFixture(TestDatabase database) => App = new PlannerApp(database: database);

    public PlannerApp App { get; }

    public void Dispose()
    {
        App.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>One Planner host with the demo data on PostgreSQL, shared by the tests of a class.</summary>
public sealed class PostgresDemoFixture() : DemoFixture(TestDatabase.Postgres);
