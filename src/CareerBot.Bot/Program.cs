var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "CareerBot");
app.Run();

public partial class Program;
