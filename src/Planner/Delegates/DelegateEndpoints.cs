using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;
using Planner.Scheduling;

namespace Planner.Delegates;

/// <summary>
/// Delegate lists in and out: <c>GET /api/events/{id}/participants.xlsx</c> (a sheet per group, in order of
/// precedence) and <c>POST /api/events/{id}/delegates/import</c> (the same columns, as .xlsx or <c>text/csv</c>).
/// </summary>
public static class DelegateEndpoints
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The largest file the import takes, in bytes.</summary>
    public const int MaxImportBytes = 5_000_000;

    public static void MapDelegates(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:long}").WithTags("Delegates");

        events.MapGet("/participants.xlsx", async (long id, Db db, Precedence precedence, CancellationToken ct) =>
        {
            var groups = await db.ReadAsync(c => DelegateStore.GroupsAsync(c, precedence, id), ct);
            return Results.File(DelegateSheet.Write(groups), XlsxType, $"participants-{id}.xlsx");
        });

        events.MapPost("/delegates/import", async (long id, HttpRequest request, Db db, ParticipantService participants, CancellationToken ct) =>
        {
            var (content, type) = await ReadAsync(request, ct);
            var imported = await ImportAsync(db, participants, id, content, type, ct);
            return Results.Ok(new { imported });
        });
    }

    /// <summary>Reads and imports a file of <paramref name="type"/> (xlsx or CSV); all rows or none (see <see cref="DelegateService"/>).</summary>
    public static Task<int> ImportAsync(Db db, ParticipantService participants, long eventId, byte[] content, string type, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var check = new Check();
        IReadOnlyList<SheetRow> rows;
        if (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            rows = DelegateSheet.ReadCsv(System.Text.Encoding.UTF8.GetString(content), check);
        }
        else if (type.StartsWith(XlsxType, StringComparison.OrdinalIgnoreCase))
        {
            using var stream = new MemoryStream(content, writable: false);
            rows = DelegateSheet.ReadWorkbook(stream, check);
        }
        else
        {
            throw PlannerException.Unsupported(ErrorCode.DelegatesNotSheet, $"The import takes an .xlsx workbook ({XlsxType}) or a CSV file (text/csv), not '{type}'.");
        }

        check.ThrowIfFailed();
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => DelegateService.ImportAsync(c, tx, participants, eventId, rows, check), ct);
    }

    private static async Task<(byte[] Content, string Type)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxImportBytes)
            throw PlannerException.Invalid("body", $"The file is larger than {MaxImportBytes:N0} bytes.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
                throw PlannerException.Invalid("body", $"The file is larger than {MaxImportBytes:N0} bytes.");
            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), request.ContentType ?? "");
    }
}
