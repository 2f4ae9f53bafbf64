using Planner.Data;
using Planner.Parties;

namespace Planner.Documents;

/// <summary>
/// <c>/api/events/{id}/outcome</c>: decisions and outcome documents of a meeting, each created, changed
/// (with the version read) and deleted on its own through <see cref="OutcomeService"/>. Every answer is the
/// whole outcome after the change.
/// </summary>
public static class OutcomeEndpoints
{
    public static void MapOutcome(this RouteGroupBuilder api)
    {
        var outcome = api.MapGroup("/events/{id:long}/outcome").WithTags("Outcome");

        outcome.MapGet("/", (long id, Db db, Precedence precedence, CancellationToken ct) =>
            db.ReadAsync(c => OutcomeStore.GetAsync(c, precedence, id), ct));

        outcome.MapPost("/decisions", async (long id, DecisionInput input, OutcomeService service, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/outcome", await service.SaveDecisionAsync(id, null, input, ct)));
        outcome.MapPut("/decisions/{decisionId:long}", (long id, long decisionId, DecisionInput input, OutcomeService service, CancellationToken ct) =>
            service.SaveDecisionAsync(id, decisionId, input, ct));
        outcome.MapDelete("/decisions/{decisionId:long}", (long id, long decisionId, long? version, OutcomeService service, CancellationToken ct) =>
            service.DeleteDecisionAsync(id, decisionId, version, ct));

        outcome.MapPost("/documents", async (long id, OutcomeDocumentInput input, OutcomeService service, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/outcome", await service.SaveDocumentAsync(id, null, input, ct)));
        outcome.MapPut("/documents/{documentId:long}", (long id, long documentId, OutcomeDocumentInput input, OutcomeService service, CancellationToken ct) =>
            service.SaveDocumentAsync(id, documentId, input, ct));
        outcome.MapDelete("/documents/{documentId:long}", (long id, long documentId, long? version, OutcomeService service, CancellationToken ct) =>
            service.DeleteDocumentAsync(id, documentId, version, ct));
    }
}
