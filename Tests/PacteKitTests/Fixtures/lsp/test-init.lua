-- A session of Neovim's built-in LSP client with `pacte lsp`, headless:
-- open a pacte with an error, wait for its diagnostics, ask for hover,
-- definition and formatting, and write what came back to $PACTE_OUT as
-- JSON for the Swift test to read. Written for Neovim 0.7 (Debian 12's)
-- and later: vim.lsp.start_client and buf_request_sync only.
local out = os.getenv("PACTE_OUT")
local results = { errors = {} }

local function finish()
  local file = io.open(out, "w")
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd("qa!")
end

local ok, failure = pcall(function()
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("PACTE_FILE")))
  local client_id = vim.lsp.start_client({
    name = "pacte",
    cmd = { os.getenv("PACTE_BIN"), "lsp" },
    root_dir = vim.fn.fnamemodify(os.getenv("PACTE_FILE"), ":h"),
  })
  vim.lsp.buf_attach_client(0, client_id)
  results.diagnosed = vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 20)
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(results.diagnostics, {
      code = d.code or lsp.code, line = d.lnum, col = d.col, severity = d.severity, message = d.message,
    })
  end

  local function find(text)
    for index, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
      local column = line:find(text, 1, true)
      if column then return { line = index - 1, character = column - 1 } end
    end
  end
  local document = vim.lsp.util.make_text_document_params(0)
  local at = find("pilote: bocage")
  local reference = { line = at.line, character = at.character + #"pilote: " + 2 }

  local function request(method, params)
    local responses, err = vim.lsp.buf_request_sync(0, method, params, 10000)
    if not responses then table.insert(results.errors, method .. ": " .. tostring(err)); return nil end
    for _, response in pairs(responses) do
      if response.error then table.insert(results.errors, method .. ": " .. vim.inspect(response.error)) end
      return response.result
    end
  end

  local hover = request("textDocument/hover", { textDocument = document, position = reference })
  results.hover = hover and hover.contents and hover.contents.value
  local definition = request("textDocument/definition", { textDocument = document, position = reference })
  if definition and definition[1] then definition = definition[1] end
  results.definition = definition and definition.range and definition.range.start
  local edits = request("textDocument/formatting", { textDocument = document, options = { tabSize = 2, insertSpaces = true } })
  if edits then vim.lsp.util.apply_text_edits(edits, 0, "utf-16") end
  results.formatted = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n") .. "\n"

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end)
if not ok then table.insert(results.errors, tostring(failure)) end
finish()
