using Planner.Documents.Protocol;
using Planner.Http;

namespace Planner.Documents;

/// <summary><c>GET /api/events/{id}/documents/{agenda|participants|outcome}.pdf?lang=ru</c>, and the services behind it.</summary>
public static class DocumentEndpoints
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton(sp => Labels.LoadAll(sp.GetRequiredService<Catalogue>()));
        // One font set for the process: its faces, shaped words and laid-out texts serve every document.
        services.AddSingleton<Composer.FontSet>();
        services.AddSingleton<Composer.PdfComposer>();
        services.AddSingleton<DocumentService>();
        services.AddSingleton<OutcomeService>();
        // The note verbale, nameplates, seating plan and badges. Invitations attach the agenda and the party's note
        // (registered before the invitations' default of no attachment).
        services.AddProtocol();
        return services;
    }

    public static void MapDocuments(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id:long}/documents/{file}", async (long id, string file, string? lang, DocumentService documents, CancellationToken ct) =>
        {
            var name = file.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? file[..^4] : file;
            var kind = DocumentService.ParseKind(name)
                ?? throw PlannerException.NotFound(ErrorCode.DocumentNotFound, $"There is no document '{file}'; the documents are agenda.pdf, participants.pdf and outcome.pdf.");
            var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim();
            var pdf = await documents.RenderAsync(id, kind, language, ct);
            return Results.File(pdf, "application/pdf", $"event-{id}-{name.ToLowerInvariant()}-{language}.pdf");
        }).WithTags("Documents");
        api.MapOutcome();
        api.MapProtocol();
    }
}
