// Placeholder until the core host is written.
var app = WebApplication.CreateBuilder(args).Build();
app.Run();
