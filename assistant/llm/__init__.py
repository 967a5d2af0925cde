"""LLM mode: an OpenAI-compatible chat model answers with the rules engine and retriever as tools (REGELVERK_LLM__*).

The modules are imported only when the mode is on (`Services.llm`), so the deterministic path never loads LangChain's
OpenAI client.
"""
