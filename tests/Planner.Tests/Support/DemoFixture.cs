namespace Planner.Tests.Support;

/// <summary>One Planner host with the demo data, shared by the tests of a class.</summary>
public sealed class DemoFixture : IDisposable
{
    public PlannerApp App { get; } = new();

    public void Dispose() => App.Dispose();
}
