using Planner.Data;

namespace Planner.Translations;

/// <summary><c>/api/events/{id}/translations?lang=zh</c>: what the event's documents and mail would print untranslated.</summary>
public static class TranslationEndpoints
{
    public static void MapTranslations(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id:long}/translations", (long id, string? lang, Db db, CancellationToken ct) =>
        {
            if (!Language.TryParse(lang, out var language))
                throw PlannerException.Malformed("lang", $"'{lang}' is not a language; use lang=ru or lang=zh (or en).", ErrorCode.QueryLanguage, ("value", lang));
            return db.ReadAsync(c => MissingTranslations.FindAsync(c, id, language), ct);
        }).WithTags("Events");
    }
}
