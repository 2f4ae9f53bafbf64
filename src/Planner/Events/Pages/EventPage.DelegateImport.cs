using Microsoft.AspNetCore.Mvc;
using Planner.Delegates;
using Planner.Http;

namespace Planner.Events.Pages;

/// <summary>The event page's delegate list import: the same file as <c>POST /api/events/{id}/delegates/import</c>, all rows or none.</summary>
public sealed partial class EventPageModel
{
    public Task<IActionResult> OnPostImportDelegatesAsync(IFormFile? file, CancellationToken cancellationToken) =>
        ChangeAsync("delegates", async () =>
        {
            if (file is null || file.Length == 0)
                throw PlannerException.Invalid("file", Words.T("delegates.noFile"));
            if (file.Length > DelegateEndpoints.MaxImportBytes)
                throw PlannerException.Invalid("file", $"The file is larger than {DelegateEndpoints.MaxImportBytes:N0} bytes.", ErrorCode.FileTooLarge);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var type = file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : DelegateEndpoints.XlsxType;
            await DelegateEndpoints.ImportAsync(db, participants, Id, buffer.ToArray(), type, cancellationToken);
        }, cancellationToken, fragment: "participants");
}
