using Planner.Data;

namespace Planner.Tests.Data;

public sealed class CollationTests
{
    [Fact]
    public void Russian_collation_orders_state_names_as_the_official_list()
    {
        string[] official = ["Беларусь", "Индия", "Иран", "Казахстан", "Китай", "Кыргызстан", "Пакистан", "Россия", "Таджикистан", "Узбекистан"];
        var shuffled = official.Reverse().ToList();
        shuffled.Sort((x, y) => Collations.Compare("ru", x, y));
        Assert.Equal(official, shuffled);
        Assert.True(Collations.Compare("ru", "Казахстан", "Индия") > 0);
    }
}
