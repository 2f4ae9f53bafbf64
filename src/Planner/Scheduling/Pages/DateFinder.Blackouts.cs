using Microsoft.AspNetCore.Mvc;

namespace Planner.Scheduling.Pages;

/// <summary>The date finder's declared blackout periods: listed, declared (with the conflicts they would make) and removed.</summary>
public sealed partial class DateFinderModel
{
    /// <summary>The declared periods not over yet, by first day.</summary>
    public IReadOnlyList<Blackout> Blackouts { get; private set; } = [];

    public Task<IActionResult> OnPostBlackoutAsync(string? title, string? firstDay, string? lastDay, string? partyId, bool accept, CancellationToken cancellationToken)
    {
        var input = new BlackoutInput(title, Date("blackout", "firstDay", firstDay), Date("blackout", "lastDay", lastDay),
            Number("blackout", "partyId", partyId, required: false), null);
        return ChangeAsync("blackout", () => blackouts.SaveAsync(null, input, accept, cancellationToken), cancellationToken, fragment: "blackouts");
    }

    public Task<IActionResult> OnPostRemoveBlackoutAsync(long id, long version, CancellationToken cancellationToken) =>
        ChangeAsync($"blackout-{id}", () => blackouts.DeleteAsync(id, version, cancellationToken), cancellationToken, fragment: "blackouts");
}
