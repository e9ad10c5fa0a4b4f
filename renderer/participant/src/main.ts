import { mount } from 'svelte';
import App from './App.svelte';
import './participant.css';

mount(App, { target: document.getElementById('app')! });
