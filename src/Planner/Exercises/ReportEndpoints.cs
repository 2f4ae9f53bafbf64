using System.Globalization;
using Planner.Data;
using Planner.Documents.Composer;
using Planner.Http;
using Planner.Parties;

namespace Planner.Exercises;

/// <summary>
/// <c>GET /api/events/{id}/documents/report.pdf?lang=ru</c> and <c>planner print report --event ID --lang ru --out FILE</c>:
/// the after-action report of an exercise, composed by the documents composer.
/// </summary>
public static class ReportEndpoints
{
    public static void MapReport(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/events/{id:long}/documents/report.pdf", async (long id, string? lang, Db db, Precedence precedence, CancellationToken ct) =>
        {
            var language = Language(lang);
            var pdf = await RenderAsync(db, precedence, id, language, ct);
            return Results.File(pdf, "application/pdf", $"event-{id}-report-{language}.pdf");
        }).WithTags("Exercises");
    }

    /// <summary>The report of exercise <paramref name="eventId"/> as PDF bytes; 404 without an exercise plan, 503 without fonts.</summary>
    public static async Task<byte[]> RenderAsync(Db db, Precedence precedence, long eventId, string language, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var data = await db.ReadAsync(c => AfterActionReport.LoadAsync(c, precedence, eventId), ct);
        try
        {
            return PdfComposer.Write(AfterActionReport.Build(data, language));
        }
        catch (FontsMissingException e)
        {
            throw PlannerException.Unavailable("document.fontsMissing", e.Message);
        }
    }

    private static string Language(string? lang)
    {
        var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        return Languages.IsKnown(language) ? language : throw PlannerException.Malformed("lang", $"'{lang}' is not a language of the report; use en, ru or zh.");
    }

    /// <summary><c>planner print report --event ID --lang ru --out FILE</c> (FILE <c>-</c> for standard output).</summary>
    public static async Task<int> PrintAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        var check = new Check();
        var eventText = options.GetValueOrDefault("event");
        check.That(long.TryParse(eventText, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId) && eventId > 0,
            "event", "--event is the id of the exercise event (a positive number).");
        var file = check.Text("out", options.GetValueOrDefault("out"), required: true, maxLength: 4000);
        check.ThrowIfFailed();
        var language = Language(options.GetValueOrDefault("lang"));
        var pdf = await RenderAsync(services.GetRequiredService<Db>(), services.GetRequiredService<Precedence>(), eventId, language);
        if (file == "-")
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(pdf);
        }
        else
        {
            await File.WriteAllBytesAsync(file, pdf);
        }

        await Console.Error.WriteLineAsync($"Wrote {pdf.Length:N0} bytes to {file}.");
        return 0;
    }
}
