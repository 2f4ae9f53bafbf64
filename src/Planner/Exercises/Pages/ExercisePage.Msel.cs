using Microsoft.AspNetCore.Mvc;
using Planner.Http;

namespace Planner.Exercises.Pages;

/// <summary>The MSEL's forms for planners: one inject typed in, or a whole CSV file (all rows or none).</summary>
public sealed partial class ExercisePageModel
{
    public Task<IActionResult> OnPostInjectAsync(string? number, string? scenarioTime, string? from, string? to, string? method, string? message,
        string? expectedAction, string? controller, CancellationToken cancellationToken)
    {
        var input = new InjectInput(SmallNumber("inject", "number", number), DateTime("inject", "scenarioTime", scenarioTime),
            from, to, method, message, expectedAction, null, controller, InjectStatus.Pending, null);
        return ChangeAsync("inject", () => msel.SaveAsync(Id, null, input, cancellationToken),
            cancellationToken, fragment: "msel");
    }

    /// <summary>Imports a CSV file of injects (the columns of <c>POST /msel/import</c>); a refusal lists every faulty row.</summary>
    public Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken) =>
        ChangeAsync("import", async () =>
        {
            if (file is null || file.Length == 0)
                throw PlannerException.Invalid("file", Words.T("import.noFile"), ErrorCode.MselNoFile);
            await using var content = file.OpenReadStream();
            await msel.ImportAsync(Id, content, file.Length, "file", cancellationToken);
        }, cancellationToken, fragment: "msel");

    /// <summary>Where a refused import's message belongs: "row 3, scenarioTime" for <c>rows[2].scenarioTime</c>.</summary>
    public string Where(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var match = System.Text.RegularExpressions.Regex.Match(field, @"^rows\[(\d+)\]\.(\w+)$");
        return match.Success
            ? $"{web.T("import.row")} {int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}, {match.Groups[2].Value}"
            : field;
    }
}
