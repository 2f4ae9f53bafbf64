using Planner.Data;
using Planner.Documents;
using Planner.Documents.Composer;
using Planner.Parties;

namespace Planner.Exercises;

/// <summary>
/// Prints the after-action report of an exercise as PDF in en, ru or zh: for the endpoint
/// (<c>GET /api/events/{id}/documents/report.pdf</c>) and the command line (<c>planner print report</c>) alike.
/// </summary>
public sealed class ReportService(Db db, Precedence precedence, IReadOnlyDictionary<string, Labels> labels, PdfComposer composer)
{
    /// <summary>The report of exercise <paramref name="eventId"/> in <paramref name="language"/> (English when not given) as PDF bytes.</summary>
    /// <exception cref="PlannerException">
    /// Malformed (<c>report.unknownLanguage</c>) for another language, NotFound without an exercise plan, Unavailable
    /// (<c>document.fontsMissing</c>) without the fonts.
    /// </exception>
    public async Task<byte[]> RenderAsync(long eventId, string? language, CancellationToken cancellationToken = default)
    {
        var lang = Language(language);
        var data = await db.ReadAsync(c => AfterActionReport.LoadAsync(c, precedence, eventId), cancellationToken);
        try
        {
            return composer.Write(AfterActionReport.Build(data, labels[lang].ForDocument()));
        }
        catch (FontsMissingException e)
        {
            throw PlannerException.Unavailable(ErrorCode.DocumentFontsMissing, e.Message);
        }
    }

    /// <summary>The report's language: en, ru or zh, in any case; English when none is given.</summary>
    public static string Language(string? lang)
    {
        var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        return Languages.IsKnown(language)
            ? language
            : throw PlannerException.Malformed("lang", $"'{lang}' is not a language of the report; use en, ru or zh.", ErrorCode.ReportUnknownLanguage);
    }
}
