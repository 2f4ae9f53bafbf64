using System.Reflection;
using System.Runtime.CompilerServices;
using Dapper;

namespace Planner.Tests.Support;

/// <summary>
/// Dapper's type map for Planner's own types during the test run: Dapper's default map, except that a column a query
/// selects which fills no member of the type is an error rather than a column left unread.
/// </summary>
/// <remarks>
/// Planner's queries name the member each column fills (<c>family_name_en AS FamilyNameEn</c>); no global setting
/// matches <c>family_name_en</c> to <c>FamilyNameEn</c>. A record filled by its constructor already fails on a column
/// without a parameter, but a class filled by its properties would silently keep the member's default. With this map
/// every test that runs such a query fails instead, naming the column and the type. It is installed for the whole
/// test assembly before any test runs, and covers the hosts the tests start in process; processes the tests start
/// (the command line, a second host) use Dapper's default map. Types of other assemblies, value tuples and scalars
/// are mapped as before.
/// </remarks>
internal sealed class StrictTypeMap(Type type) : SqlMapper.ITypeMap
{
    private static readonly Assembly Planner = typeof(Planner.Data.Db).Assembly;

    private readonly DefaultTypeMap _default = new(type);

    /// <summary>Makes every Planner type read through a strict map, for the whole test run.</summary>
    [ModuleInitializer]
    internal static void Install()
    {
        var fallback = SqlMapper.TypeMapProvider;
        SqlMapper.TypeMapProvider = t => t.Assembly == Planner ? new StrictTypeMap(t) : fallback(t);
    }

    public ConstructorInfo? FindConstructor(string[] names, Type[] types) => _default.FindConstructor(names, types);

    public ConstructorInfo? FindExplicitConstructor() => _default.FindExplicitConstructor();

    public SqlMapper.IMemberMap? GetConstructorParameter(ConstructorInfo constructor, string columnName) =>
        _default.GetConstructorParameter(constructor, columnName) ?? throw Unread(columnName);

    public SqlMapper.IMemberMap? GetMember(string columnName) => _default.GetMember(columnName) ?? throw Unread(columnName);

    private InvalidOperationException Unread(string columnName) =>
        new($"The column '{columnName}' fills no member of {type.FullName}: name the member it fills in the query ('... AS MemberName').");
}
