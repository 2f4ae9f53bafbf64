namespace Planner.Exercises;

/// <summary><c>GET /api/events/{id}/documents/report.pdf?lang=ru</c>: the after-action report of an exercise, printed by <see cref="ReportService"/>.</summary>
public static class ReportEndpoints
{
    public static void MapReport(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/events/{id:long}/documents/report.pdf", async (long id, string? lang, ReportService reports, CancellationToken ct) =>
        {
            var pdf = await reports.RenderAsync(id, lang, ct);
            return Results.File(pdf, "application/pdf", $"event-{id}-report-{ReportService.Language(lang)}.pdf");
        }).WithTags("Exercises");
    }
}
