// Globals for antd's UMD build (dist/antd.js reads window.React / window.ReactDOM / window.dayjs).
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';

const w = window as unknown as Record<string, unknown>;
w.React = React;
w.ReactDOM = { ...ReactDOM, ...ReactDOMClient };
