namespace Planner.Scheduling;

/// <summary>
/// The language conflicts are named and told in: English (the API's), or Russian while a Russian page is being
/// served (set by the web pages for their request, so a refusal shown on the page speaks the page's language).
/// </summary>
public static class ConflictWords
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary><c>en</c> or <c>ru</c>; English unless the current request chose Russian.</summary>
    public static string Language
    {
        get => Current.Value ?? "en";
        set => Current.Value = value is "ru" ? "ru" : null;
    }
}
