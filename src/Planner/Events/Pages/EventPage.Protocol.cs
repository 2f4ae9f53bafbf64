using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using System.Data.Common;
using Planner.Data;
using Planner.Documents.Protocol;

namespace Planner.Events.Pages;

/// <summary>The event page's protocol section: the seating plan drawn inline (SVG, no script), how it is seated, and arrivals.</summary>
public sealed partial class EventPageModel
{
    public SeatingSettings Seating { get; private set; } = null!;

    /// <summary>The seating plan as inline SVG markup, names in the page's language (encoded when it was built).</summary>
    public IHtmlContent SeatingSvg { get; private set; } = HtmlString.Empty;

    public IReadOnlyList<Arrival> Arrivals { get; private set; } = [];

    private ProtocolService Protocol => HttpContext.RequestServices.GetRequiredService<ProtocolService>();

    private async Task LoadProtocolAsync(DbConnection c)
    {
        var (_, settings, layout) = await Protocol.LayoutAsync(c, Id);
        Seating = settings;
        var words = Words;
        SeatingSvg = new HtmlString(SeatingDrawing.Svg(layout, words.Lang, words.T("doc.seating"), key => words.T("ParticipationRole." + key)));
        Arrivals = await ProtocolStore.ArrivalsAsync(c, Id);
    }

    public Task<IActionResult> OnPostSeatingAsync(string? shape, string? rule, long version, CancellationToken cancellationToken) =>
        ChangeAsync("seating", () => Protocol.SetSeatingAsync(Id, new SeatingInput(Enums.TryParse<TableShape>(shape), Enums.TryParse<SeatingRule>(rule), version),
            cancellationToken), cancellationToken, fragment: "seating");
}
