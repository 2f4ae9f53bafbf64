using Microsoft.AspNetCore.Mvc;
using Planner.Web;

namespace Planner.Documents.Protocol.Pages;

/// <summary>
/// What a badge's QR code opens: the delegate its signed code names, for a signed-in user; a planner marks the
/// arrival (a viewer sees it only). A code Planner did not issue, or a person no longer a delegate, is 404.
/// </summary>
public sealed class CheckInModel(ProtocolService protocol) : PlannerPage
{
    [FromRoute]
    public string Code { get; set; } = "";

    public CheckInView View { get; private set; } = null!;

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        View = await protocol.CheckInAsync(Code, cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ChangeAsync("arrival", () => protocol.MarkArrivalAsync(Code, Words.UserName, cancellationToken), cancellationToken);
}
