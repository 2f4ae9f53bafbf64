namespace Planner.Scheduling;

/// <summary>Free windows, the programme and proposals from series rules.</summary>
internal static class WindowEndpoints
{
    public static void Map(RouteGroupBuilder api, string[] tags)
    {
        ArgumentNullException.ThrowIfNull(api);
        _ = tags;
    }
}
