using Planner.Access;
using Planner.Tests.Documents;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>The after-action report in the organisation's other languages.</summary>
public sealed class ReportLanguageTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app = fixture.App;

    [Fact]
    public async Task Russian_report_is_marked_as_a_draft_on_every_page_and_lists_parties_in_precedence_order()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var pdf = await viewer.ReportAsync(await viewer.NorakIdAsync(), "ru");
        var pages = PdfRead.Pages(pdf);
        Assert.All(pages, p => Assert.Contains("ПРОЕКТ", p.Text, StringComparison.Ordinal));
        Assert.Equal("ru", PdfRead.Metadata(pdf).Language);
        PdfRead.InOrder(PdfRead.Text(pdf), "Отчёт по итогам учения и план совершенствования", "17 апреля 2009 г.", "Порядок обращения с документом",
            "Командно-штабное учение", "Цель", "Возможность", "P", "S", "M", "U", "Сильные стороны", "Направления совершенствования",
            "Приложение А. План совершенствования", "Планирование", "Выполнено",
            "Приложение Б. Участники", "Принимающая сторона", "Таджикистан", "Направляющие стороны", "Казахстан", "Китай", "Кыргызстан", "Россия", "Узбекистан",
            "Наблюдатели", "Индия", "Иран", "Пакистан", "Международные организации", "Дипломатические представительства");
    }

    [Fact]
    public async Task Chinese_report_prints_its_labels_and_rating_legend()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var pdf = await viewer.ReportAsync(await viewer.EventIdAsync(ExerciseApi.PeaceMission), "zh");
        var pages = PdfRead.Pages(pdf);
        Assert.All(pages, p => Assert.Contains("草案", p.Text, StringComparison.Ordinal));
        PdfRead.InOrder(PdfRead.Text(pdf), "演习后总结报告与改进计划", "2010年9月10日", "处理须知", "实兵演习", "能力分析", "P：顺利完成", "附录一：改进计划", "附录二：参加方",
            "接待方", "哈萨克斯坦", "派遣方");
    }
}
